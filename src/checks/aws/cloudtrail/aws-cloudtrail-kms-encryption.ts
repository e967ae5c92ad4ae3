import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudtrail-kms-encryption',
  title: 'CloudTrail logs are encrypted with a KMS key',
  severity: 'medium',
  aliases: ['CKV_AWS_35', 'AVD-AWS-0015'],
  legacyIds: ['aws-cloudtrail-encryption-customer-key'],
  resourceTypes: ['aws_cloudtrail'],
  description: 'With SSE-KMS, reading the trail requires both S3 and KMS permissions, and every decryption is logged.',
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.cloudtrail.arn
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The trail is not encrypted with a KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
  kms_key_id     = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`,
    ],
  },
});
