import { defineRule } from '../../types';
import { MISSING, blocks, read } from '../../values';
import { bucketSetting, bucketLabel, isLogTargetBucket } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-encryption-cmk',
  title: 'S3 bucket is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_145', 'AVD-AWS-0132'],
  legacyIds: ['aws-s3-encryption-customer-key'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'A customer-managed KMS key gives control over key policy, rotation and audit of every decryption. Buckets using ' +
    'SSE-S3 (AES256) or no configuration at all are reported.',
  remediation: `Use SSE-KMS with your own key:
\`\`\`hcl
rule {
  apply_server_side_encryption_by_default {
    sse_algorithm     = "aws:kms"
    kms_master_key_id = aws_kms_key.s3.arn
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    // S3 server access log delivery writes only to SSE-S3 buckets: a log target cannot use a CMK.
    if (isLogTargetBucket(ctx, bucket)) return;
    const s = bucketSetting(ctx, bucket, 'server_side_encryption_configuration', 'aws_s3_bucket_server_side_encryption_configuration');
    if (s.presence === 'unknown') return;
    if (s.presence === 'absent') return { message: `S3 bucket ${bucketLabel(bucket)} is not encrypted with a customer-managed KMS key` };
    // The finding goes where the fix is made: the inline block, or the encryption configuration resource.
    const configs =
      s.presence === 'inline'
        ? (blocks(bucket.attributes.server_side_encryption_configuration) ?? []).map((c) => ({ c, resource: undefined }))
        : s.resources.map((r) => ({ c: r.attributes, resource: r }));
    for (const { c, resource } of configs) {
      const rules = blocks(c.rule);
      if (!rules) return;
      for (const rule of rules) {
        const alg = read(rule, 'apply_server_side_encryption_by_default.sse_algorithm');
        if (alg === undefined) return;
        const attribute = s.presence === 'inline' ? 'server_side_encryption_configuration' : 'rule';
        // No algorithm (the provider requires one): whatever was meant, it is not SSE-KMS, and S3 keeps SSE-S3.
        if (alg === MISSING)
          return {
            resource,
            attribute,
            message: `S3 bucket ${bucketLabel(bucket)} names no sse_algorithm: it is not encrypted with a customer-managed KMS key`,
          };
        if (typeof alg === 'string' && !alg.startsWith('aws:kms'))
          return {
            resource,
            attribute,
            message:
              alg === 'AES256'
                ? `S3 bucket ${bucketLabel(bucket)} uses SSE-S3 (AES256) instead of a customer-managed KMS key`
                : `S3 bucket ${bucketLabel(bucket)} names sse_algorithm "${alg}", not a KMS algorithm`,
          };
        if (
          typeof alg === 'string' &&
          alg.startsWith('aws:kms') &&
          read(rule, 'apply_server_side_encryption_by_default.kms_master_key_id') === MISSING
        ) {
          return {
            resource,
            attribute,
            message: `S3 bucket ${bucketLabel(bucket)} uses the AWS-managed KMS key instead of a customer-managed one`,
          };
        }
      }
    }
  },
  examples: {
    good: [
      `resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
  }
}`,
      // A server-access-log target: log delivery supports SSE-S3 only.
      `resource "aws_s3_bucket" "logs" { bucket = "access-logs" }
resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  acl    = "log-delivery-write"
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
  }
}`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }`,
      // A key but no algorithm: not SSE-KMS (the finding sits on the configuration, its subject is the bucket).
      `resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default { kms_master_key_id = aws_kms_key.k.arn }
  }
}`,
    ],
  },
});
