import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudwatch-log-retention',
  title: 'CloudWatch log group has a retention period',
  severity: 'low',
  aliases: ['CKV_AWS_66'],
  resourceTypes: ['aws_cloudwatch_log_group'],
  description: 'Without retention_in_days logs are kept forever: a growing cost and a growing store of sensitive data.',
  remediation: `\`\`\`hcl
retention_in_days = 365
\`\`\``,
  check: expectAt('retention_in_days', atLeast(1), 'The log group keeps logs forever (no retention period)', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudwatch_log_group" "g" {
  name              = "app"
  retention_in_days = 30
}`,
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "g" {
  name = "app"
}`,
    ],
  },
});
