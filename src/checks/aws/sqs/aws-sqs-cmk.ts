import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sqs-cmk',
  title: 'SQS queue uses a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV2_AWS_73', 'AVD-AWS-0135'],
  legacyIds: ['aws-sqs-queue-encryption-use-cmk'],
  resourceTypes: ['aws_sqs_queue'],
  description: 'The AWS-managed alias/aws/sqs key cannot be restricted by your key policy or used across accounts.',
  remediation: `\`\`\`hcl
kms_master_key_id = aws_kms_key.sqs.id
\`\`\``,
  check: expectAt('kms_master_key_id', notEquals('alias/aws/sqs'), 'The queue uses the AWS-managed key alias/aws/sqs', 'pass'),
  examples: {
    good: [
      `resource "aws_sqs_queue" "q" {
  name              = "jobs"
  kms_master_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_sqs_queue" "q" {
  name              = "jobs"
  kms_master_key_id = "alias/aws/sqs"
}`,
    ],
  },
});
