import type { TfResource } from '../../../terraform/model';
import { defineRule } from '../../types';

import { bucketSetting, bucketLabel, isLogTargetBucket } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-access-logging',
  title: 'S3 bucket has server access logging enabled',
  severity: 'low',
  aliases: ['CKV_AWS_18', 'AVD-AWS-0089'],
  legacyIds: ['aws-s3-enable-bucket-logging'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'Server access logs record every request to the bucket, for audits and incident response. Buckets that are ' +
    'themselves the target of access logs (or use the log-delivery-write ACL) are not reported.',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "s3/data/"
}
\`\`\``,
  check: (bucket, ctx) => {
    if (isLogTargetBucket(ctx, bucket)) return;
    // A log bucket need not log itself.
    if (ctx.linked(bucket, 'aws_s3_bucket_logging', 'target_bucket', ['bucket']).found.length > 0) return;
    // Buckets named as a log target in another bucket's inline `logging`, indexed once per scan.
    const targets = ctx.memo('aws_s3_bucket.inline-logging-targets', () => {
      const byName = new Map<string, TfResource[]>();
      for (const other of ctx.ofType('aws_s3_bucket')) {
        for (const m of (other.expressions?.logging ?? '').matchAll(/aws_s3_bucket\.([A-Za-z_][\w-]*)\./g)) {
          const list = byName.get(m[1]!) ?? [];
          if (list[list.length - 1] !== other) list.push(other);
          byName.set(m[1]!, list);
        }
      }
      return byName;
    });
    if ((targets.get(bucket.name) ?? []).some((other) => other !== bucket)) return;
    const s = bucketSetting(ctx, bucket, 'logging', 'aws_s3_bucket_logging');
    if (s.presence === 'absent') return { message: `S3 bucket ${bucketLabel(bucket)} has no server access logging` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket" "logs" { bucket = "logs" }
resource "aws_s3_bucket_logging" "b" {
  bucket        = aws_s3_bucket.b.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}`,
      `resource "aws_s3_bucket" "b" {
  bucket = "data"
  logging {
    target_bucket = "central-logs"
  }
}`,
      // A log target need not log itself: a legacy inline grant to the LogDelivery group…
      `resource "aws_s3_bucket" "logs" {
  bucket = "logs"
  grant {
    type        = "Group"
    uri         = "http://acs.amazonaws.com/groups/s3/LogDelivery"
    permissions = ["WRITE", "READ_ACP"]
  }
}`,
      // …or an aws_s3_bucket_acl grant to it.
      `resource "aws_s3_bucket" "logs" { bucket = "logs" }
resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.logs.id
  access_control_policy {
    owner { id = "owner" }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }
  }
}`,
    ],
    bad: [`resource "aws_s3_bucket" "b" { bucket = "data" }`],
  },
});
