import { defineRule } from '../../types';
import { bucketResources, bucketLabel } from './bucket-settings';
import * as publicAccessBlock from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-public-access-block',
  title: 'S3 bucket has a public access block',
  severity: 'medium',
  aliases: ['CKV2_AWS_6', 'AVD-AWS-0094'],
  legacyIds: ['aws-s3-specify-public-access-block'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'A bucket-level aws_s3_bucket_public_access_block stops public ACLs and policies from being applied by mistake, ' +
    'whatever the account-level setting.',
  remediation: publicAccessBlock.HCL,
  check: (bucket, ctx) => {
    const links = bucketResources(ctx, bucket, 'aws_s3_bucket_public_access_block');
    if (links.found.length > 0 || links.uncertain) return;
    // An account-wide block covers every bucket.
    if (ctx.ofType('aws_s3_account_public_access_block').length > 0) return;
    return { message: `S3 bucket ${bucketLabel(bucket)} has no public access block` };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = aws_s3_bucket.b.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket" "c" { bucket = "other" }
resource "aws_s3_bucket_public_access_block" "c" {
  bucket            = aws_s3_bucket.c.id
  block_public_acls = true
}`,
    ],
  },
});
