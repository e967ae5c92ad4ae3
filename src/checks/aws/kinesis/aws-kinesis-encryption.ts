import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-kinesis-encryption',
  title: 'Kinesis stream is encrypted with KMS',
  severity: 'high',
  aliases: ['CKV_AWS_43', 'AVD-AWS-0064'],
  legacyIds: ['aws-kinesis-enable-in-transit-encryption'],
  resourceTypes: ['aws_kinesis_stream'],
  description: 'Records are stored unencrypted unless encryption_type = "KMS".',
  remediation: `\`\`\`hcl
encryption_type = "KMS"
kms_key_id      = aws_kms_key.stream.arn
\`\`\``,
  check: expectAt('encryption_type', equals('KMS'), 'The stream is not encrypted', 'fail'),
  examples: {
    good: [
      `resource "aws_kinesis_stream" "s" {
  name            = "events"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}`,
    ],
    bad: [
      `resource "aws_kinesis_stream" "s" {
  name = "events"
}`,
    ],
  },
});
