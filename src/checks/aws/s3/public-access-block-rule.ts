// The four aws_s3_*_public_access_block flags are four rules with one shape: the flag must be true,
// and an omitted flag means false. The rules differ only in which flag they read. Rule files import
// this module as a namespace: publicAccessBlock.flagCheck(...), publicAccessBlock.HCL.
import { expectAt, isTrue } from '../../dsl';
import type { CheckFn } from '../../types';

export const PUBLIC_ACCESS_BLOCK_FLAGS = [
  'block_public_acls',
  'block_public_policy',
  'ignore_public_acls',
  'restrict_public_buckets',
] as const;
export type PublicAccessBlockFlag = (typeof PUBLIC_ACCESS_BLOCK_FLAGS)[number];

/** Fails when `flag` is false or omitted (the provider default is false). */
export function flagCheck(flag: PublicAccessBlockFlag): CheckFn {
  return expectAt(flag, isTrue, (v) => (typeof v === 'symbol' ? `${flag} is not set (defaults to false)` : `${flag} is false`));
}

/** The fully closed public access block, as remediation text. */
export const HCL = `\`\`\`hcl
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
\`\`\``;

/** An example block with every flag set to `value`, except those given in `overrides`. */
export function example(value: string, overrides: Partial<Record<PublicAccessBlockFlag, string>> = {}): string {
  const lines = PUBLIC_ACCESS_BLOCK_FLAGS.map((f) => `  ${f.padEnd(23)} = ${overrides[f] ?? value}`);
  return ['resource "aws_s3_bucket_public_access_block" "p" {', '  bucket                  = "data"', ...lines, '}'].join('\n');
}

/** A block that sets no flag at all. */
export const EMPTY = `resource "aws_s3_bucket_public_access_block" "p" {
  bucket = "data"
}`;
