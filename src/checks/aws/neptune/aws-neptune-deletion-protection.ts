import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-neptune-deletion-protection',
  title: 'Neptune clusters have deletion protection',
  severity: 'low',
  aliases: ['CKV2_AWS_58'],
  resourceTypes: ['aws_neptune_cluster'],
  description: 'Without deletion_protection a mistaken destroy (or a replacement forced by a changed argument) deletes the database.',
  remediation: `\`\`\`hcl
deletion_protection = true
\`\`\``,
  check: expectAt('deletion_protection', isTrue, 'Deletion protection is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  deletion_protection = true
}`,
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`,
    ],
  },
});
