import { defineRule } from '../../types';
import { blocks, read, str } from '../../values';
import { bucketSetting, bucketLabel } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-replication',
  title: 'S3 bucket has cross-region replication',
  severity: 'low',
  aliases: ['CKV_AWS_144'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'Replication to a bucket in another region keeps a copy of the data through a regional outage or an account compromise limited to one region.',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_replication_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  role   = aws_iam_role.replication.arn
  rule {
    id     = "all"
    status = "Enabled"
    destination { bucket = aws_s3_bucket.replica.arn }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const s = bucketSetting(ctx, bucket, 'replication_configuration', 'aws_s3_bucket_replication_configuration');
    if (s.presence === 'absent') return { message: `S3 bucket ${bucketLabel(bucket)} has no cross-region replication` };
    // A configuration whose every rule is status = "Disabled" replicates nothing.
    const rules =
      s.presence === 'inline'
        ? blocks(bucket.attributes.replication_configuration)?.flatMap((c) => blocks(c.rules) ?? [undefined])
        : s.resources.flatMap((r) => blocks(r.attributes.rule) ?? [undefined]);
    if (rules && rules.length > 0 && rules.every((r) => r !== undefined && str(read(r, 'status'))?.toLowerCase() === 'disabled'))
      return { message: `Every replication rule of S3 bucket ${bucketLabel(bucket)} is disabled` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_replication_configuration" "b" {
  bucket = aws_s3_bucket.b.id
}`,
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`],
  },
});
