import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-s3-block-public-acls',
  title: 'S3 public access block sets block_public_acls',
  severity: 'high',
  aliases: ['CKV_AWS_53', 'AVD-AWS-0086'],
  legacyIds: ['aws-s3-block-public-acls'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'Public ACLs can still be set on the bucket and its objects unless block_public_acls is true. The argument defaults to false when omitted.',
  remediation: `Set \`block_public_acls = true\`:
\`\`\`hcl
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
\`\`\``,
  check: expectAt('block_public_acls', isTrue, (v) =>
    typeof v === 'symbol' ? 'block_public_acls is not set (defaults to false)' : 'block_public_acls is false',
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
