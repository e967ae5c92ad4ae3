import { defineRule } from '../../types';
import { blocks, read } from '../../values';
import { bucketLabel, bucketResources } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-acls-disabled',
  title: 'S3 bucket disables ACLs (object ownership BucketOwnerEnforced)',
  severity: 'low',
  aliases: ['CKV2_AWS_65'],
  resourceTypes: ['aws_s3_bucket'],
  description: 'With object ownership BucketOwnerEnforced, ACLs no longer grant access: only policies do, which are easier to review.',
  remediation: `\`\`\`hcl
resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const links = bucketResources(ctx, bucket, 'aws_s3_bucket_ownership_controls');
    if (links.found.length === 0)
      return links.uncertain ? undefined : { message: `S3 bucket ${bucketLabel(bucket)} does not disable ACLs` };
    for (const oc of links.found) {
      for (const rule of blocks(oc.attributes.rule) ?? []) {
        const o = read(rule, 'object_ownership');
        if (o === undefined || o === 'BucketOwnerEnforced') return;
      }
    }
    return {
      resource: links.found[0],
      attribute: 'rule',
      message: `S3 bucket ${bucketLabel(bucket)} still honours ACLs (object ownership is not BucketOwnerEnforced)`,
    };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule { object_ownership = "BucketOwnerEnforced" }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule { object_ownership = "ObjectWriter" }
}`,
    ],
  },
});
