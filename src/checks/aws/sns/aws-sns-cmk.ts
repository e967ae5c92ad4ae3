import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sns-cmk',
  title: 'SNS topic uses a customer-managed KMS key',
  severity: 'low',
  aliases: ['AVD-AWS-0136'],
  legacyIds: ['aws-sns-topic-encryption-use-cmk'],
  resourceTypes: ['aws_sns_topic'],
  description: 'The AWS-managed alias/aws/sns key cannot be shared with other accounts or restricted by your key policy.',
  remediation: `\`\`\`hcl
kms_master_key_id = aws_kms_key.sns.id
\`\`\``,
  check: expectAt('kms_master_key_id', notEquals('alias/aws/sns'), 'The topic uses the AWS-managed key alias/aws/sns', 'pass'),
  examples: {
    good: [
      `resource "aws_sns_topic" "t" {
  name              = "events"
  kms_master_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_sns_topic" "t" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}`,
    ],
  },
});
