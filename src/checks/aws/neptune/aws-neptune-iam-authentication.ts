import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-neptune-iam-authentication',
  title: 'Neptune clusters use IAM database authentication',
  severity: 'medium',
  aliases: ['CKV_AWS_359'],
  resourceTypes: ['aws_neptune_cluster'],
  description:
    'Without IAM authentication any client that reaches the endpoint can query the graph; with it, requests must be signed by a principal allowed neptune-db:* actions.',
  remediation: `\`\`\`hcl
iam_database_authentication_enabled = true
\`\`\``,
  check: expectAt('iam_database_authentication_enabled', isTrue, 'IAM database authentication is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  iam_database_authentication_enabled = true
}`,
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`,
    ],
  },
});
