import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-s3-restrict-public-buckets',
  title: 'S3 public access block sets restrict_public_buckets',
  severity: 'high',
  aliases: ['CKV_AWS_56', 'AVD-AWS-0093'],
  legacyIds: ['aws-s3-no-public-buckets'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'Public and cross-account access through a public policy is not restricted unless restrict_public_buckets is true. The argument defaults to false when omitted.',
  remediation: `Set \`restrict_public_buckets = true\`:
\`\`\`hcl
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
\`\`\``,
  check: expectAt('restrict_public_buckets', isTrue, (v) =>
    typeof v === 'symbol' ? 'restrict_public_buckets is not set (defaults to false)' : 'restrict_public_buckets is false',
  ),
  examples: {
    good: [
      `resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = "data"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}`,
      `variable "strict" { default = true }
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = "data"
  block_public_acls       = var.strict
  block_public_policy     = var.strict
  ignore_public_acls      = var.strict
  restrict_public_buckets = var.strict
}`,
    ],
    bad: [
      `resource "aws_s3_bucket_public_access_block" "p" {
  bucket = "data"
}`,
      `locals { open = false }
resource "aws_s3_bucket_public_access_block" "p" {
  bucket                  = "data"
  block_public_acls       = local.open
  block_public_policy     = local.open
  ignore_public_acls      = local.open
  restrict_public_buckets = local.open
}`,
    ],
  },
});
