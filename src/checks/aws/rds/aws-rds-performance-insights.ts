import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-performance-insights',
  title: 'RDS instance has Performance Insights enabled',
  severity: 'low',
  aliases: ['CKV_AWS_353', 'AVD-AWS-0133'],
  legacyIds: ['aws-rds-enable-performance-insights'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  description: 'Performance Insights records database load by query and wait event, the first thing needed to diagnose a slow database.',
  remediation: `\`\`\`hcl
performance_insights_enabled    = true
performance_insights_kms_key_id = aws_kms_key.rds.arn
\`\`\``,
  check: expectAt('performance_insights_enabled', isTrue, 'Performance Insights is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class               = "db.t3.medium"
  performance_insights_enabled = true
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.medium"
}`,
    ],
  },
});
