import { defineRule } from '../../types';
import { bucketSetting, bucketLabel } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-event-notifications',
  title: 'S3 bucket has event notifications',
  severity: 'low',
  aliases: ['CKV2_AWS_62'],
  resourceTypes: ['aws_s3_bucket'],
  description: 'Event notifications let you react to object creation and deletion (for example to detect unexpected writes).',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_notification" "data" {
  bucket      = aws_s3_bucket.data.id
  eventbridge = true
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, undefined, 'aws_s3_bucket_notification');
    if (s.presence === 'absent') return { message: `S3 bucket ${bucketLabel(bucket)} has no event notifications` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_notification" "b" {
  bucket = aws_s3_bucket.b.id
}`,
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`],
  },
});
