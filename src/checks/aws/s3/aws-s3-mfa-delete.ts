import { defineRule } from '../../types';
import { blocks, bool, read, str } from '../../values';
import { bucketSetting, bucketLabel } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-mfa-delete',
  title: 'S3 bucket requires MFA to delete object versions',
  severity: 'low',
  aliases: ['CKV_AWS_52', 'AVD-AWS-0170'],
  legacyIds: ['aws-s3-require-mfa-delete'],
  resourceTypes: ['aws_s3_bucket'],
  description: 'With MFA delete, permanently deleting a version or changing the versioning state needs the root MFA device.',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  mfa    = "\${var.mfa_serial} \${var.mfa_code}"
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, 'versioning', 'aws_s3_bucket_versioning');
    const msg = `S3 bucket ${bucketLabel(bucket)} does not require MFA delete`;
    if (s.presence === 'absent') return { message: msg };
    if (s.presence === 'inline') {
      for (const v of blocks(bucket.attributes.versioning) ?? [])
        if (bool(read(v, 'mfa_delete'), false) === false) return { attribute: 'versioning', message: msg };
      return;
    }
    if (s.presence === 'resource') {
      for (const r of s.resources) {
        const m = read(r, 'versioning_configuration.mfa_delete');
        if (m === undefined || str(m) === 'Enabled') return;
      }
      return { resource: s.resources[0], attribute: 'versioning_configuration', message: msg };
    }
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status     = "Enabled"
    mfa_delete = "Enabled"
  }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  versioning { enabled = true }
}`,
    ],
  },
});
