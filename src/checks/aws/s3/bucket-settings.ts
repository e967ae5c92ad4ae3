// S3 bucket settings can live inline on aws_s3_bucket (provider v3 and earlier) or in their own
// resources (v4+), linked by reference or by the bucket name. A setting counts as present when
// either form provides it; a link that cannot be resolved leaves the answer unknown.
import type { RuleContext } from '../../context';
import type { TfResource } from '../../../terraform/model';
import { blocks } from '../../values';

export type Presence = 'inline' | 'resource' | 'absent' | 'unknown';

/** Split-out resources of `type` that configure this bucket. */
export function bucketResources(ctx: RuleContext, bucket: TfResource, type: string): { found: TfResource[]; uncertain: boolean } {
  return ctx.linked(bucket, type, 'bucket', ['bucket']);
}

/** Where a setting lives: an inline block on the bucket, a linked resource, nowhere, or unknown. */
export function bucketSetting(
  ctx: RuleContext,
  bucket: TfResource,
  inlineBlock: string | undefined,
  type: string,
): { presence: Presence; resources: TfResource[] } {
  const links = bucketResources(ctx, bucket, type);
  if (links.found.length > 0) return { presence: 'resource', resources: links.found };
  if (inlineBlock) {
    const inline = blocks(bucket.attributes[inlineBlock]);
    if (inline === undefined) return { presence: 'unknown', resources: [] };
    if (inline.length > 0) return { presence: 'inline', resources: [] };
  }
  return { presence: links.uncertain ? 'unknown' : 'absent', resources: [] };
}

export const PUBLIC_ACLS = ['public-read', 'public-read-write', 'authenticated-read'];
export const ALL_USERS_URI = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTH_USERS_URI = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

/** How findings name a bucket: its name when known, else its address. */
export function bucketLabel(bucket: TfResource): string {
  const name = bucket.attributes.bucket;
  return typeof name === 'string' ? `"${name}"` : bucket.address;
}
