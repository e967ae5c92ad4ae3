import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-neptune-instance-not-public',
  title: 'Neptune cluster instance is not publicly accessible',
  severity: 'critical',
  aliases: ['CKV_AWS_102'],
  resourceTypes: ['aws_neptune_cluster_instance'],
  description:
    'A publicly accessible instance gets a public DNS name and address: the graph database becomes reachable from the internet, guarded only by its security groups.',
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt('publicly_accessible', isFalse, 'The Neptune instance is publicly accessible', 'pass'),
  examples: {
    good: [
      `resource "aws_neptune_cluster_instance" "i" {
  cluster_identifier = "graph"
  instance_class     = "db.r5.large"
}`,
    ],
    bad: [
      `resource "aws_neptune_cluster_instance" "i" {
  cluster_identifier  = "graph"
  instance_class      = "db.r5.large"
  publicly_accessible = true
}`,
    ],
  },
});
