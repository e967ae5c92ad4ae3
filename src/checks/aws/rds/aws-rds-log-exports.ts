import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-log-exports',
  title: 'RDS instance exports its logs to CloudWatch',
  severity: 'low',
  aliases: ['CKV_AWS_129'],
  resourceTypes: ['aws_db_instance'],
  description:
    'Exported database logs (error, general, slow query, audit, postgresql) survive the instance and can be searched and alarmed on.',
  remediation: `\`\`\`hcl
enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
\`\`\``,
  check: expectAt('enabled_cloudwatch_logs_exports', nonEmpty, 'No database logs are exported to CloudWatch', 'fail'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class                  = "db.t3.micro"
  enabled_cloudwatch_logs_exports = ["postgresql"]
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`,
    ],
  },
});
