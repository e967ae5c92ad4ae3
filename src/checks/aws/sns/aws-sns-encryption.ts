import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sns-encryption',
  title: 'SNS topic is encrypted',
  severity: 'medium',
  aliases: ['CKV_AWS_26', 'AVD-AWS-0095'],
  legacyIds: ['aws-sns-enable-topic-encryption'],
  resourceTypes: ['aws_sns_topic'],
  description: 'Server-side encryption protects messages stored by SNS until they are delivered.',
  remediation: `\`\`\`hcl
kms_master_key_id = aws_kms_key.sns.id
\`\`\``,
  check: expectAt('kms_master_key_id', nonEmpty, 'The topic is not encrypted', 'fail'),
  examples: {
    good: [
      `resource "aws_sns_topic" "t" {
  name              = "events"
  kms_master_key_id = "alias/aws/sns"
}`,
    ],
    bad: [
      `resource "aws_sns_topic" "t" {
  name = "events"
}`,
    ],
  },
});
