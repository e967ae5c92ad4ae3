// Drift in a `terraform show -json` plan: resource_drift (changes made outside Terraform, found by
// the refresh) and replacements in resource_changes. Other planned changes are code not yet
// applied: counted, not reported as drift.
import { diffValues, maskValue } from './diff';
import type { PlanJson, PlanLogEvent, ResourceChangeJson } from './inputs';
import type { DriftItem } from './types';

export type RawDrift = Omit<DriftItem, 'severity' | 'severityReason' | 'fingerprint' | 'dependants'>;

/** Computed attributes that change on their own and say nothing about drift. */
export const IGNORED_ATTRIBUTES = new Set(['last_modified', 'last_updated', 'etag', 'version', 'latest_revision', 'revision']);

const isReplace = (actions: readonly string[]) => actions.includes('delete') && actions.includes('create');

export interface PlanDrift {
  items: RawDrift[];
  pendingChanges: number;
}

export function driftFromPlan(plan: PlanJson): PlanDrift {
  const items: RawDrift[] = [];
  const drifted = new Set<string>();
  for (const c of plan.resource_drift ?? []) {
    if (c.mode && c.mode !== 'managed') continue;
    const item = fromDrift(c);
    if (item) {
      items.push(item);
      drifted.add(c.address);
    }
  }
  let pendingChanges = 0;
  for (const c of plan.resource_changes ?? []) {
    if (c.mode && c.mode !== 'managed') continue;
    const actions = c.change.actions;
    if (actions.length === 1 && (actions[0] === 'no-op' || actions[0] === 'read')) continue;
    if (isReplace(actions)) {
      items.push({
        address: c.address,
        type: c.type,
        driftType: 'replaced',
        differences: diffValues(c.change.before, c.change.after, {
          expectedSensitive: c.change.before_sensitive,
          actualSensitive: c.change.after_sensitive,
          actualUnknown: c.change.after_unknown,
          ignore: IGNORED_ATTRIBUTES,
        }).filter((d) => d.path !== 'id'),
        source: 'plan',
        reason: [c.action_reason, replacePaths(c)].filter(Boolean).join('; ') || undefined,
        previousAddress: c.previous_address,
      });
      continue;
    }
    // A resource deleted outside Terraform comes back as a create after its resource_drift delete.
    if (!drifted.has(c.address)) pendingChanges++;
  }
  return { items, pendingChanges };
}

function replacePaths(c: ResourceChangeJson): string | undefined {
  const paths = (c.change.replace_paths ?? []).map((p) => (Array.isArray(p) ? p.join('.') : String(p)));
  return paths.length ? `forced by ${paths.join(', ')}` : undefined;
}

function fromDrift(c: ResourceChangeJson): RawDrift | undefined {
  const actions = c.change.actions;
  const base = { address: c.address, type: c.type, source: 'plan' as const, previousAddress: c.previous_address };
  if (actions.includes('delete') && c.change.after == null) {
    // Shown whole, masked: what Terraform remembered of the vanished resource.
    const remembered = maskValue(c.change.before, c.change.before_sensitive) as Record<string, unknown> | null;
    return { ...base, driftType: 'missing', differences: [], id: typeof remembered?.id === 'string' ? remembered.id : undefined };
  }
  if (actions.includes('update') || isReplace(actions)) {
    const differences = diffValues(c.change.before, c.change.after, {
      expectedSensitive: c.change.before_sensitive,
      actualSensitive: c.change.after_sensitive,
      actualUnknown: c.change.after_unknown,
      ignore: IGNORED_ATTRIBUTES,
    });
    const id = (c.change.after as Record<string, unknown> | null)?.id;
    return { ...base, driftType: 'modified', differences, id: typeof id === 'string' ? id : undefined };
  }
  return undefined;
}

/**
 * The streaming `terraform plan -json` log: `resource_drift` lines name drifted resources (no
 * values: differences are empty, run terraform show -json for them); replacements come from
 * `planned_change` lines with action "replace".
 */
export function driftFromPlanLog(events: readonly PlanLogEvent[]): PlanDrift {
  const items: RawDrift[] = [];
  let pendingChanges = 0;
  for (const ev of events) {
    const addr = ev.change?.resource?.addr;
    const type = ev.change?.resource?.resource_type ?? addr?.split('.').slice(-2, -1)[0] ?? '';
    if (!addr) continue;
    const action = ev.change?.action;
    const base = { address: addr, type, source: 'plan-log' as const, differences: [], previousAddress: ev.change?.previous_resource?.addr };
    if (ev.type === 'resource_drift') {
      items.push({ ...base, driftType: action === 'delete' ? 'missing' : 'modified' });
    } else if (ev.type === 'planned_change') {
      if (action === 'replace') items.push({ ...base, driftType: 'replaced', reason: ev.change?.reason });
      else if (action && action !== 'noop' && action !== 'read') pendingChanges++;
    }
  }
  return { items, pendingChanges };
}
