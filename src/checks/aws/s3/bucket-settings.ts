// S3 bucket settings can live inline on aws_s3_bucket (provider v3 and earlier) or in their own
// resources (v4+), linked by reference or by the bucket name. A setting counts as present when
// either form provides it; a link that cannot be resolved leaves the answer unknown.
import type { RuleContext } from '../../context';
import type { TfResource } from '../../../terraform/model';
import { blocks } from '../../values';
import { policyStatements } from '../../policy';
import { grantUris } from './grants';

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

const LOG_DELIVERY_URI = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

/**
 * Is the bucket a server-access-log target? Its ACL is log-delivery-write (inline or in
 * aws_s3_bucket_acl), an ACL grant goes to the LogDelivery group, or its policy lets the
 * logging.s3.amazonaws.com service write. Such buckets need not log themselves, and S3 log
 * delivery supports SSE-S3 only, so a customer-managed key cannot be asked of them.
 */
export function isLogTargetBucket(ctx: RuleContext, bucket: TfResource): boolean {
  const aclResources = bucketResources(ctx, bucket, 'aws_s3_bucket_acl').found;
  for (const res of [bucket, ...aclResources]) {
    if (res.attributes.acl === 'log-delivery-write') return true;
    if (grantUris(res).includes(LOG_DELIVERY_URI)) return true;
  }
  for (const res of [bucket, ...bucketResources(ctx, bucket, 'aws_s3_bucket_policy').found]) {
    if (res.attributes.policy === undefined) continue;
    const stmts = policyStatements(res, 'policy', ctx) ?? [];
    if (
      stmts.some(
        (s) => s.effect === 'Allow' && s.principals?.some((p) => p.type === 'Service' && p.ids.includes('logging.s3.amazonaws.com')),
      )
    )
      return true;
  }
  return false;
}
