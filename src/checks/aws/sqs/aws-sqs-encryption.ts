import { defineRule } from '../../types';
import { bool, read } from '../../values';

export default defineRule({
  id: 'aws-sqs-encryption',
  title: 'SQS queue is encrypted',
  severity: 'low',
  aliases: ['CKV_AWS_27', 'AVD-AWS-0096'],
  legacyIds: ['aws-sqs-enable-queue-encryption'],
  resourceTypes: ['aws_sqs_queue'],
  description: 'Messages at rest should be encrypted with SSE-SQS (sqs_managed_sse_enabled) or a KMS key (kms_master_key_id).',
  remediation: `\`\`\`hcl
kms_master_key_id                 = aws_kms_key.sqs.id
kms_data_key_reuse_period_seconds = 300
\`\`\``,
  check: (res) => {
    const kms = read(res, 'kms_master_key_id');
    const sse = bool(read(res, 'sqs_managed_sse_enabled'), false);
    if (kms === undefined || sse === undefined) return;
    if (typeof kms === 'string' && kms !== '') return;
    if (sse) return;
    return {
      attribute: res.attributes.sqs_managed_sse_enabled !== undefined ? 'sqs_managed_sse_enabled' : undefined,
      message: 'The queue is not encrypted',
    };
  },
  examples: {
    good: [
      `resource "aws_sqs_queue" "q" {
  name                    = "jobs"
  sqs_managed_sse_enabled = true
}`,
      `resource "aws_sqs_queue" "q" {
  name              = "jobs"
  kms_master_key_id = "alias/app"
}`,
    ],
    bad: [
      `resource "aws_sqs_queue" "q" {
  name = "jobs"
}`,
      `resource "aws_sqs_queue" "q" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false
}`,
    ],
  },
});
