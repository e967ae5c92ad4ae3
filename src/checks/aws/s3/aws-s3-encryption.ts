import { defineRule } from '../../types';
import { bucketSetting, bucketLabel } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-encryption',
  title: 'S3 bucket has server-side encryption configured',
  severity: 'low',
  aliases: ['CKV_AWS_19', 'AVD-AWS-0088'],
  legacyIds: ['aws-s3-enable-bucket-encryption'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'Objects should be encrypted at rest under a configuration you control. The setting is read from the inline ' +
    'server_side_encryption_configuration block or from an aws_s3_bucket_server_side_encryption_configuration resource ' +
    'pointing at the bucket (by reference or by name).',
  remediation: `Add an encryption configuration for the bucket:
\`\`\`hcl
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, 'server_side_encryption_configuration', 'aws_s3_bucket_server_side_encryption_configuration');
    if (s.presence === 'absent') return { message: `S3 bucket ${bucketLabel(bucket)} has no server-side encryption configuration` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }
    }
  }
}`,
      `variable "name" { default = "data-bucket" }
resource "aws_s3_bucket" "b" { bucket = var.name }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = "data-bucket"
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}`,
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`],
  },
});
