// Terraform state (v4 file, or the `values` of terraform show -json) as a flat list of managed
// resource instances with their addresses, attributes, sensitive paths and dependencies.
import { sensitiveTreeFromPaths } from './diff';
import type { ModuleValuesJson, StateV4 } from './inputs';

export interface StateResource {
  address: string;
  type: string;
  name: string;
  module?: string;
  attributes: Record<string, unknown>;
  /** Sensitive tree (true, or the shape of the attributes). */
  sensitive?: unknown;
  dependencies: string[];
}

function indexSuffix(key: unknown): string {
  if (key === undefined || key === null) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(String(key))}]`;
}

/** Managed resources of a v4 state (data sources are reads, never drift). */
export function resourcesFromStateV4(state: StateV4): StateResource[] {
  const out: StateResource[] = [];
  for (const r of state.resources) {
    if (r.mode !== 'managed') continue;
    for (const inst of r.instances ?? []) {
      const base = `${r.module ? `${r.module}.` : ''}${r.type}.${r.name}`;
      out.push({
        address: `${base}${indexSuffix(inst.index_key)}`,
        type: r.type,
        name: r.name,
        module: r.module,
        attributes: inst.attributes ?? unflatten(inst.attributes_flat ?? {}),
        sensitive: sensitiveTreeFromPaths(inst.sensitive_attributes),
        dependencies: inst.dependencies ?? [],
      });
    }
  }
  return out;
}

/** `terraform show -json` of a state (or a plan's prior_state): values with sensitive_values. */
export function resourcesFromValues(root: ModuleValuesJson | undefined): StateResource[] {
  const out: StateResource[] = [];
  const visit = (m: ModuleValuesJson | undefined) => {
    if (!m) return;
    for (const r of m.resources ?? []) {
      if (r.mode && r.mode !== 'managed') continue;
      const module = /^(.*)\.[^.[]+\.[^.[]+(\[.*\])?$/.exec(r.address)?.[1];
      out.push({
        address: r.address,
        type: r.type,
        name: r.name,
        module: module?.startsWith('module.') ? module : undefined,
        attributes: r.values ?? {},
        sensitive: r.sensitive_values,
        dependencies: [],
      });
    }
    for (const c of m.child_modules ?? []) visit(c);
  };
  visit(root);
  return out;
}

/** Legacy flatmap attributes (`tags.%`, `tags.Env`): enough structure to compare. */
function unflatten(flat: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) {
    if (k.endsWith('.%') || k.endsWith('.#')) continue;
    const parts = k.split('.');
    let node = out;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) node[p] = v;
      else node = (node[p] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

/** Address without instance key: `module.a.aws_x.y[0]` → `module.a.aws_x.y` (dependencies use this form). */
export const baseAddress = (address: string): string => address.replace(/\[[^\]]*\]$/, '');
