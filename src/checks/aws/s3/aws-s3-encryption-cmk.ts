import { defineRule } from '../../types';
import { badInEveryTemplate } from '../../../terraform/dynamic-templates';
import type { TfValue } from '../../../terraform/model';
import { MISSING, blocks, read } from '../../values';
import { bucketLabel, bucketResources, bucketSetting, isLogTargetBucket } from './bucket-settings';

/** Why one default-encryption rule is not SSE-KMS with a customer-managed key; null when it is, undefined when unknown. */
function ruleProblem(rule: { [key: string]: TfValue }, label: string): string | null | undefined {
  const alg = read(rule, 'apply_server_side_encryption_by_default.sse_algorithm');
  if (alg === undefined) return undefined;
  // No algorithm (the provider requires one): whatever was meant, it is not SSE-KMS, and S3 keeps SSE-S3.
  if (alg === MISSING) return `S3 bucket ${label} names no sse_algorithm: it is not encrypted with a customer-managed KMS key`;
  if (typeof alg !== 'string') return undefined;
  if (!alg.startsWith('aws:kms'))
    return alg === 'AES256'
      ? `S3 bucket ${label} uses SSE-S3 (AES256) instead of a customer-managed KMS key`
      : `S3 bucket ${label} names sse_algorithm "${alg}", not a KMS algorithm`;
  if (read(rule, 'apply_server_side_encryption_by_default.kms_master_key_id') === MISSING)
    return `S3 bucket ${label} uses the AWS-managed KMS key instead of a customer-managed one`;
  return null;
}

/**
 * The first problem of an encryption configuration's rules, in order. Rules from a dynamic block over unknown
 * input count when every rule it could make has a problem (and none at all, which the provider refuses, leaves SSE-S3).
 */
function configProblem(config: { [key: string]: TfValue }, label: string): string | null | undefined {
  const rules = blocks(config.rule);
  if (!rules) {
    const problem = badInEveryTemplate(config, 'rule', (t) => ruleProblem(t, label));
    return problem && `${problem} (whatever its dynamic rule's for_each gives)`;
  }
  for (const rule of rules) {
    const problem = ruleProblem(rule, label);
    if (problem !== null) return problem;
  }
  return null;
}

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
    const type = 'aws_s3_bucket_server_side_encryption_configuration';
    const s = bucketSetting(ctx, bucket, 'server_side_encryption_configuration', type);
    const label = bucketLabel(bucket);
    if (s.presence === 'unknown') {
      // A dynamic block over unknown input: reported when no block and every block it could make are not CMK.
      const problem = badInEveryTemplate(bucket.attributes, 'server_side_encryption_configuration', (t) => configProblem(t, label));
      if (!problem || bucketResources(ctx, bucket, type).uncertain) return;
      return { attribute: 'server_side_encryption_configuration', message: `${problem} (whatever its dynamic block's for_each gives)` };
    }
    if (s.presence === 'absent') return { message: `S3 bucket ${label} is not encrypted with a customer-managed KMS key` };
    // The finding goes where the fix is made: the inline block, or the encryption configuration resource.
    const configs =
      s.presence === 'inline'
        ? (blocks(bucket.attributes.server_side_encryption_configuration) ?? []).map((c) => ({ c, resource: undefined }))
        : s.resources.map((r) => ({ c: r.attributes, resource: r }));
    for (const { c, resource } of configs) {
      const problem = configProblem(c, label);
      if (problem === undefined) return;
      if (problem)
        return { resource, attribute: s.presence === 'inline' ? 'server_side_encryption_configuration' : 'rule', message: problem };
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
      // A dynamic rule over unknown input that would use a customer-managed key: unknown, not reported.
      `variable "rules" {}
resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  dynamic "rule" {
    for_each = var.rules
    content {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.k.arn
      }
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
      // A dynamic rule over unknown input: SSE-S3 in every rule it could make, and SSE-S3 when it makes none.
      `variable "rules" {}
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  dynamic "rule" {
    for_each = var.rules
    content {
      apply_server_side_encryption_by_default { sse_algorithm = "AES256" }
    }
  }
}`,
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
