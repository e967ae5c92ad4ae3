import { defineRule } from '../../types';
import { blocks, bool, read, str } from '../../values';
import { bucketSetting, bucketLabel } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-versioning',
  title: 'S3 bucket versioning is enabled',
  severity: 'medium',
  aliases: ['CKV_AWS_21', 'AVD-AWS-0090'],
  legacyIds: ['aws-s3-enable-versioning'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'Versioning keeps every version of an object, so overwrites and deletions (accidental or malicious) can be undone. ' +
    'Read from the inline versioning block or an aws_s3_bucket_versioning resource.',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration { status = "Enabled" }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, 'versioning', 'aws_s3_bucket_versioning');
    const msg = `S3 bucket ${bucketLabel(bucket)} does not have versioning enabled`;
    if (s.presence === 'absent') return { message: msg };
    if (s.presence === 'inline') {
      const list = blocks(bucket.attributes.versioning) ?? [];
      for (const v of list) if (bool(read(v, 'enabled'), false) === false) return { attribute: 'versioning', message: msg };
      return;
    }
    if (s.presence === 'resource') {
      let unknown = false;
      for (const r of s.resources) {
        const status = read(r, 'versioning_configuration.status');
        if (status === undefined) unknown = true;
        else if (str(status) === 'Enabled') return;
      }
      if (!unknown) return { resource: s.resources[0], attribute: 'versioning_configuration', message: msg };
    }
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Enabled" }
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  versioning { enabled = true }
}`,
      `variable "bucket_id" {}
resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "other" {
  bucket = var.bucket_id
  versioning_configuration { status = "Enabled" }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  versioning { enabled = false }
}`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration { status = "Suspended" }
}`,
    ],
  },
});
