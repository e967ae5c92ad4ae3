import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-cluster-iam-authentication',
  title: 'RDS cluster uses IAM database authentication',
  severity: 'medium',
  aliases: ['CKV_AWS_162'],
  resourceTypes: ['aws_rds_cluster'],
  description: 'IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities.',
  remediation: `\`\`\`hcl
iam_database_authentication_enabled = true
\`\`\``,
  check: expectAt('iam_database_authentication_enabled', isTrue, 'IAM database authentication is not enabled on the cluster', 'fail'),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                              = "aurora-postgresql"
  iam_database_authentication_enabled = true
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-postgresql"
}`,
    ],
  },
});
