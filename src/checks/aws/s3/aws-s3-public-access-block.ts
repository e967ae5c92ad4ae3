import type { TfResource } from '../../../terraform/model';
import { defineRule } from '../../types';
import { bool, read } from '../../values';
import { bucketResources, bucketLabel } from './bucket-settings';
import * as publicAccessBlock from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-public-access-block',
  title: 'S3 bucket has a public access block',
  severity: 'low',
  aliases: ['CKV2_AWS_6', 'AVD-AWS-0094'],
  legacyIds: ['aws-s3-specify-public-access-block'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'A bucket-level aws_s3_bucket_public_access_block stops public ACLs and policies from being applied by mistake, ' +
    'whatever the account-level setting.',
  remediation: publicAccessBlock.HCL,
  check: (bucket, ctx) => {
    const links = bucketResources(ctx, bucket, 'aws_s3_bucket_public_access_block');
    const own = links.found.map(blocksAclsAndPolicy);
    if (own.includes(true) || own.includes(undefined) || links.uncertain) return;
    // An account-wide block covers every bucket.
    if (ctx.ofType('aws_s3_account_public_access_block').some((b) => blocksAclsAndPolicy(b) !== false)) return;
    if (links.found.length > 0)
      return { message: `The public access block of S3 bucket ${bucketLabel(bucket)} does not block public ACLs and policies` };
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
resource "aws_s3_bucket_public_access_block" "b" {
  bucket            = aws_s3_bucket.b.id
  block_public_acls = true
}`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket" "c" { bucket = "other" }
resource "aws_s3_bucket_public_access_block" "c" {
  bucket            = aws_s3_bucket.c.id
  block_public_acls = true
}`,
    ],
  },
});

/**
 * A block only protects the bucket when it blocks both public ACLs and public policies (omitted
 * flags default to false); this is also what Checkov's CKV2_AWS_6 requires. undefined: unknowable.
 */
function blocksAclsAndPolicy(block: TfResource): boolean | undefined {
  const flags = [bool(read(block, 'block_public_acls'), false), bool(read(block, 'block_public_policy'), false)];
  if (flags.includes(false)) return false;
  return flags.includes(undefined) ? undefined : true;
}
