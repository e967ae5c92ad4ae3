import { expectAt, nonEmpty, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-performance-insights-cmk',
  title: 'RDS Performance Insights data is encrypted with a customer-managed key',
  severity: 'low',
  aliases: ['CKV_AWS_354', 'AVD-AWS-0078'],
  legacyIds: ['aws-rds-encrypt-performance-insights'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  description: 'Performance Insights data includes query text; encrypt it with a key you control.',
  remediation: `\`\`\`hcl
performance_insights_kms_key_id = aws_kms_key.rds.arn
\`\`\``,
  check: when(
    (r) => r.attributes.performance_insights_enabled === true,
    expectAt('performance_insights_kms_key_id', nonEmpty, 'Performance Insights is enabled without a customer-managed KMS key', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class                  = "db.t3.medium"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.medium"
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class               = "db.t3.medium"
  performance_insights_enabled = true
}`,
    ],
  },
});
