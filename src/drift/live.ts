// The live scan: every managed AWS resource in the state is read back (allow-listed calls only) and
// compared attribute by attribute; resources tagged for the project that no state entry describes
// are unmanaged. Reads run a few at a time; each is a supervisor step with its own retries.
import type { AwsReader } from '../aws/client';
import { diffValues } from './diff';
import { LIVE_READERS, normalizePolicy, readerForArn, type LiveReader } from './live-readers';
import type { RawDrift } from './plan';
import type { StateResource } from './state';

export interface LiveScanResult {
  items: RawDrift[];
  resourcesSeen: number;
  /** State resources of a type the live scan does not read (compared only through a plan). */
  notRead: number;
}

const CONCURRENCY = 4;

export async function liveScan(aws: AwsReader, state: readonly StateResource[], tags: Record<string, string>): Promise<LiveScanResult> {
  const items: RawDrift[] = [];
  const byType = new Map(LIVE_READERS.map((r) => [r.tfType, r]));
  const readable = state.filter((s) => byType.has(s.type) && typeof s.attributes.id === 'string');
  await pool(readable, CONCURRENCY, async (s) => {
    const reader = byType.get(s.type)!;
    const live = await reader.read(aws, s.attributes);
    if (live === undefined) {
      items.push({
        address: s.address,
        type: s.type,
        driftType: 'missing',
        differences: [],
        source: 'live',
        id: String(s.attributes.id),
        arn: arnOf(s),
      });
      return;
    }
    const differences = compare(reader, s, live);
    if (differences.length)
      items.push({
        address: s.address,
        type: s.type,
        driftType: 'modified',
        differences,
        source: 'live',
        id: String(s.attributes.id),
        arn: arnOf(s),
      });
  });

  let resourcesSeen = 0;
  if (Object.keys(tags).length) {
    const pages = await aws.pages<{ ResourceTagMappingList?: Array<{ ResourceARN?: string }> }>({
      service: 'resource-groups-tagging-api',
      operation: 'GetResources',
      params: { TagFilters: Object.entries(tags).map(([Key, Value]) => ({ Key, Values: [Value] })), ResourcesPerPage: 100 },
    });
    const known = new Set(state.flatMap((s) => [s.attributes.arn, s.attributes.id].filter((v): v is string => typeof v === 'string')));
    const used = new Set(state.map((s) => s.address));
    for (const arn of pages.flatMap((p) => p.ResourceTagMappingList ?? []).map((m) => m.ResourceARN ?? '')) {
      if (!arn) continue;
      resourcesSeen++;
      const reader = readerForArn(arn);
      const [, , , region, account] = arn.split(':');
      const id = reader ? reader.importId(arn, region || aws.region, account) : arn;
      if (known.has(arn) || known.has(id)) continue;
      const type = reader?.tfType ?? `aws_${arn.split(':')[2]}`;
      items.push({
        address: unusedAddress(type, id, used),
        type,
        driftType: 'unmanaged',
        differences: [],
        source: 'live',
        id: reader ? id : undefined,
        arn,
      });
    }
  }
  items.sort((a, b) => a.address.localeCompare(b.address));
  return { items, resourcesSeen, notRead: state.filter((s) => !byType.has(s.type)).length };
}

function arnOf(s: StateResource): string | undefined {
  return typeof s.attributes.arn === 'string' ? s.attributes.arn : undefined;
}

/** The state's values in the reader's shape, compared only where the cloud answered. */
function compare(reader: LiveReader, s: StateResource, live: Record<string, unknown>) {
  const expected: Record<string, unknown> = {};
  const actual: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(live)) {
    if (value === undefined) continue;
    let want = s.attributes[key];
    if (key === 'tags') {
      const all = s.attributes.tags_all as Record<string, unknown> | undefined;
      want = all && Object.keys(all).length ? all : (s.attributes.tags ?? {});
    } else if (key === 'assume_role_policy') want = normalizePolicy(want);
    else if (key === 'vpc_security_group_ids' && Array.isArray(want)) want = [...(want as string[])].sort();
    else if ((key === 'ingress' || key === 'egress') && Array.isArray(want)) {
      want = (want as Array<Record<string, unknown>>)
        .map((r) => ({
          from_port: r.from_port ?? 0,
          to_port: r.to_port ?? 0,
          protocol: r.protocol,
          cidr_blocks: [...((r.cidr_blocks as string[]) ?? [])].sort(),
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    }
    if (want === undefined) continue;
    expected[key] = want;
    actual[key] = value;
  }
  void reader;
  return diffValues(expected, actual, { expectedSensitive: s.sensitive, actualSensitive: s.sensitive });
}

function unusedAddress(type: string, id: string, used: Set<string>): string {
  const base = `${type}.${
    id
      .replace(/^.*[/:]/, '')
      .replace(/[^A-Za-z0-9_-]/g, '_')
      .replace(/^([^A-Za-z_])/, '_$1') || 'unmanaged'
  }`;
  let address = base;
  for (let n = 2; used.has(address); n++) address = `${base}_${n}`;
  used.add(address);
  return address;
}

async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
