// The usage file: monthly quantities that Terraform cannot know (requests, GB transferred, …),
// per resource address, in Infracost's `resource_usage` shape:
//
//   version: 0.1
//   resource_type_default_usage:
//     aws_lambda_function: { monthly_requests: 1000000 }
//   resource_usage:
//     aws_nat_gateway.main: { monthly_data_processed_gb: 100 }
//     module.api.aws_lambda_function.handler[*]: { request_duration_ms: 120 }
import { parseDocument } from 'yaml';
import { InputError } from '../supervisor/errors';
import { RESERVED_SETTING_VALUES, unsoldCombination } from './reserved';
import usageKeys from './usage-keys.json';
import type { UsageMap, UsageSettings, UsageValues, UsageWarning } from './types';

export const EMPTY_USAGE: UsageMap = { resources: {}, typeDefaults: {} };

/** Infracost's usage keys per resource type (scripts/gen-usage-keys.ts). */
type KeyKind = 'number' | 'string' | 'object';
/** Keys Inframate's engine reads that Infracost's example file does not list. */
const INFRAMATE_KEYS: Record<string, Record<string, KeyKind>> = {
  aws_instance: { root_volume_size_gb: 'number', root_volume_type: 'string' },
  aws_autoscaling_group: { root_volume_size_gb: 'number', root_volume_type: 'string' },
  aws_eks_node_group: { root_volume_size_gb: 'number', root_volume_type: 'string' },
  aws_ec2_client_vpn_endpoint: { monthly_connection_hours: 'number' },
  aws_eks_fargate_profile: { pods: 'number', vcpu_per_pod: 'number', memory_gb_per_pod: 'number' },
};
const KNOWN: Record<string, Record<string, KeyKind>> = { ...(usageKeys as Record<string, Record<string, KeyKind>>) };
for (const [type, keys] of Object.entries(INFRAMATE_KEYS)) KNOWN[type] = { ...(KNOWN[type] ?? {}), ...keys };
const KNOWN_BY_TYPE = new Map(Object.entries(KNOWN).map(([t, keys]) => [t, new Map(Object.entries(keys))]));
const ALL_KNOWN = new Map(Object.values(KNOWN).flatMap((keys) => Object.entries(keys)));

/** The kind of value a key takes: Infracost's keys as documented; anything else may be a number or a setting. */
function kindOf(type: string, dotted: string): KeyKind | undefined {
  return KNOWN_BY_TYPE.get(type)?.get(dotted) ?? ALL_KNOWN.get(dotted);
}

/** The resource type of a usage key: `module.x.aws_lb.main[*]` → aws_lb; a type default is its own type. */
export function usageResourceType(key: string): string {
  const parts = key.replace(/\[[^\]]*\]/g, '').split('.');
  const i = parts.findIndex((p) => /^aws_|^google_|^azurerm_/.test(p));
  return i >= 0 ? parts[i]! : parts[0]!;
}

/** A key Infracost documents for this type, or for any type (Inframate's own engine reads the same names). */
function isKnownKey(type: string, name: string): boolean {
  return Boolean(KNOWN_BY_TYPE.get(type)?.has(name) || ALL_KNOWN.has(name));
}

interface Sink {
  file: string;
  line: (path: string[]) => number | undefined;
  warnings: UsageWarning[];
}

/**
 * One resource's usage: numbers (numeric strings included) by name, nested mappings flattened to
 * `parent.child`, other scalars (1_year, standard, windows, arm64) as settings. Negative or
 * non-finite numbers are input errors; lists and unknown keys are warnings.
 */
function toValues(sink: Sink, key: string, raw: unknown): { values: UsageValues; settings: UsageSettings } {
  const values: UsageValues = {};
  const settings: UsageSettings = {};
  if (raw === null || raw === undefined) return { values, settings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`usage for "${key}" must be a mapping of names to values`, { file: sink.file, line: sink.line([key]) });
  }
  const type = usageResourceType(key);
  const walk = (path: string[], obj: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(obj)) {
      const full = [...path, name];
      const dotted = full.join('.');
      if (path.length === 0 && !isKnownKey(type, name)) {
        sink.warnings.push({ file: sink.file, line: sink.line([key, name]), message: `unknown usage key "${name}" for ${type} (ignored)` });
      }
      if (value === null || value === undefined) continue;
      if (typeof value === 'object' && !Array.isArray(value)) {
        walk(full, value as Record<string, unknown>);
        continue;
      }
      if (Array.isArray(value)) {
        sink.warnings.push({
          file: sink.file,
          line: sink.line([key, ...full]),
          message: `usage "${key}.${dotted}" is a list; lists are not used (ignored)`,
        });
        continue;
      }
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && /^\s*-?[0-9][0-9_]*(\.[0-9]+)?([eE][+-]?[0-9]+)?\s*$/.test(value) && !value.includes('_')
            ? Number(value)
            : NaN;
      if (typeof value === 'number' || Number.isFinite(n) || kindOf(type, dotted) === 'number') {
        if (!Number.isFinite(n) || n < 0) {
          throw new InputError(`usage "${key}.${dotted}" must be a non-negative number (got ${JSON.stringify(value)})`, {
            file: sink.file,
            line: sink.line([key, ...full]),
          });
        }
        values[dotted] = n;
        continue;
      }
      const allowed = RESERVED_SETTING_VALUES[dotted];
      if (allowed && !allowed.includes(String(value))) {
        sink.warnings.push({
          file: sink.file,
          line: sink.line([key, ...full]),
          message: `invalid ${dotted} "${String(value)}" for ${key} (expected ${allowed.join(', ')}): the reservation is ignored, priced on-demand`,
        });
        continue;
      }
      settings[dotted] = String(value);
    }
  };
  walk([], raw as Record<string, unknown>);
  const unsold = unsoldCombination(type, settings.reserved_instance_term, settings.reserved_instance_payment_option);
  if (unsold) {
    sink.warnings.push({
      file: sink.file,
      line: sink.line([key, 'reserved_instance_payment_option']),
      message: `${unsold}, asked for ${key}: priced on-demand`,
    });
  }
  return { values, settings };
}

/** Parse a usage file's text; malformed input names the file and line; unknown keys are warnings. */
export function parseUsage(file: string, text: string): UsageMap {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new InputError(`invalid YAML: ${e.message.split('\n')[0]}`, { file, line: e.linePos?.[0]?.line });
  }
  const lineCounter = (section: string) => (path: string[]) => {
    const node = doc.getIn([section, ...path], true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) return undefined;
    return text.slice(0, node.range[0]).split('\n').length;
  };
  const data = doc.toJS() as Record<string, unknown> | null;
  if (data === null || data === undefined) return EMPTY_USAGE;
  if (typeof data !== 'object' || Array.isArray(data)) throw new InputError('usage file must be a YAML mapping', { file, line: 1 });
  const map: Required<UsageMap> = { resources: {}, typeDefaults: {}, settings: { resources: {}, typeDefaults: {} }, warnings: [] };
  const sections: [string, 'resources' | 'typeDefaults'][] = [
    ['resource_usage', 'resources'],
    ['resource_type_default_usage', 'typeDefaults'],
  ];
  for (const [section, field] of sections) {
    const raw = data[section];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'object' || Array.isArray(raw))
      throw new InputError(`"${section}" must be a mapping`, { file, line: lineCounter(section)([]) });
    const sink: Sink = { file, line: lineCounter(section), warnings: map.warnings };
    for (const [key, values] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = toValues(sink, key, values);
      map[field][key] = parsed.values;
      if (Object.keys(parsed.settings).length) map.settings[field][key] = parsed.settings;
    }
  }
  for (const key of Object.keys(data)) {
    if (key !== 'version' && !sections.some(([s]) => s === key)) {
      map.warnings.push({ file, line: lineCounter(key)([]) ?? undefined, message: `unknown top-level key "${key}" (ignored)` });
    }
  }
  return map;
}

/** Address with its index replaced by [*], and without any index. */
function addressVariants(address: string): string[] {
  const out = [address];
  const m = /^(.*)\[[^\]]*\]$/.exec(address);
  if (m) out.push(`${m[1]}[*]`, m[1]);
  return out;
}

/** Usage values for one resource: exact address, then [*], then unindexed, then the type default. */
export function usageFor(usage: UsageMap | undefined, address: string, type: string): UsageValues {
  if (!usage) return {};
  const merged: UsageValues = { ...(usage.typeDefaults[type] ?? {}) };
  const variants = addressVariants(address).reverse();
  for (const v of variants) Object.assign(merged, usage.resources[v] ?? {});
  return merged;
}

/** Non-numeric settings for one resource, looked up like usageFor. */
export function usageSettingsFor(usage: UsageMap | undefined, address: string, type: string): UsageSettings {
  if (!usage?.settings) return {};
  const merged: UsageSettings = { ...(usage.settings.typeDefaults[type] ?? {}) };
  for (const v of addressVariants(address).reverse()) Object.assign(merged, usage.settings.resources[v] ?? {});
  return merged;
}
