import { defineRule } from '../../types';
import { bucketSetting, bucketLabel } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-lifecycle',
  title: 'S3 bucket has a lifecycle configuration',
  severity: 'low',
  aliases: ['CKV2_AWS_61'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'Lifecycle rules expire or transition old objects and abort incomplete multipart uploads, limiting both cost and the data kept beyond its use.',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    id     = "expire-old"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration { noncurrent_days = 90 }
    abort_incomplete_multipart_upload { days_after_initiation = 7 }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, 'lifecycle_rule', 'aws_s3_bucket_lifecycle_configuration');
    if (s.presence === 'absent') return { message: `S3 bucket ${bucketLabel(bucket)} has no lifecycle configuration` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_lifecycle_configuration" "b" {
  bucket = aws_s3_bucket.b.id
}`,
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`],
  },
});
