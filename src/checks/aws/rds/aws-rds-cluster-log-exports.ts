import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-cluster-log-exports',
  title: 'RDS cluster exports its logs to CloudWatch',
  severity: 'low',
  aliases: ['CKV_AWS_324'],
  resourceTypes: ['aws_rds_cluster'],
  description: 'Exported cluster logs (audit, error, slow query, postgresql) survive the cluster and can be searched and alarmed on.',
  remediation: `\`\`\`hcl
enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
\`\`\``,
  check: expectAt('enabled_cloudwatch_logs_exports', nonEmpty, 'No cluster logs are exported to CloudWatch', 'fail'),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit"]
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
    ],
  },
});
