import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-cluster-deletion-protection',
  title: 'RDS cluster has deletion protection',
  severity: 'low',
  aliases: ['CKV_AWS_139'],
  resourceTypes: ['aws_rds_cluster'],
  description: 'Deletion protection stops the cluster from being deleted until it is turned off.',
  remediation: `\`\`\`hcl
deletion_protection = true
\`\`\``,
  check: expectAt('deletion_protection', isTrue, 'Deletion protection is not enabled on the cluster', 'fail'),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine              = "aurora-mysql"
  deletion_protection = true
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
    ],
  },
});
