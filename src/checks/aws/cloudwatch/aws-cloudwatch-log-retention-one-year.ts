import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudwatch-log-retention-one-year',
  title: 'CloudWatch log group keeps logs for at least a year',
  severity: 'low',
  aliases: ['CKV_AWS_338'],
  resourceTypes: ['aws_cloudwatch_log_group'],
  description:
    'Incident investigations and audits often reach back months; keep at least 365 days (0 or unset means forever, which passes).',
  remediation: `\`\`\`hcl
retention_in_days = 365
\`\`\``,
  check: expectAt('retention_in_days', (v) => (v === 0 ? true : atLeast(365)(v)), 'The log group keeps logs for less than a year', 'pass'),
  examples: {
    good: [
      `resource "aws_cloudwatch_log_group" "g" {
  name              = "app"
  retention_in_days = 400
}`,
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "g" {
  name              = "app"
  retention_in_days = 14
}`,
    ],
  },
});
