import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-enhanced-monitoring',
  title: 'RDS instance has enhanced monitoring',
  severity: 'low',
  aliases: ['CKV_AWS_118'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  description: 'Enhanced monitoring reports OS-level metrics (CPU steal, memory, processes) every few seconds.',
  remediation: `\`\`\`hcl
monitoring_interval = 30
monitoring_role_arn = aws_iam_role.rds_monitoring.arn
\`\`\``,
  check: expectAt('monitoring_interval', atLeast(1), 'Enhanced monitoring is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class      = "db.t3.micro"
  monitoring_interval = 60
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`,
    ],
  },
});
