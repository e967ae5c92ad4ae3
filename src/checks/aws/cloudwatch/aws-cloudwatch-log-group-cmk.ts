import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudwatch-log-group-cmk',
  title: 'CloudWatch log group is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_158', 'AVD-AWS-0017'],
  legacyIds: ['aws-cloudwatch-log-group-customer-key'],
  resourceTypes: ['aws_cloudwatch_log_group'],
  description: 'Logs often contain personal data and secrets printed by mistake; a customer-managed key controls who can read them.',
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.logs.arn
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The log group is not encrypted with a customer-managed KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudwatch_log_group" "g" {
  name       = "app"
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_cloudwatch_log_group" "g" {
  name = "app"
}`,
    ],
  },
});
