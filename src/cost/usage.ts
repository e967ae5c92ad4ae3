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
import type { UsageMap, UsageValues } from './types';

export const EMPTY_USAGE: UsageMap = { resources: {}, typeDefaults: {} };

function toValues(file: string, key: string, raw: unknown, line: (path: string[]) => number | undefined): UsageValues {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new InputError(`usage for "${key}" must be a mapping of names to numbers`, { file, line: line([key]) });
  }
  const out: UsageValues = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
      throw new InputError(`usage "${key}.${name}" must be a non-negative number (got ${JSON.stringify(value)})`, {
        file,
        line: line([key, name]),
      });
    }
    out[name] = n;
  }
  return out;
}

/** Parse a usage file's text; malformed input names the file and line. */
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
  const map: UsageMap = { resources: {}, typeDefaults: {} };
  const sections: [string, keyof UsageMap][] = [
    ['resource_usage', 'resources'],
    ['resource_type_default_usage', 'typeDefaults'],
  ];
  for (const [section, field] of sections) {
    const raw = data[section];
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'object' || Array.isArray(raw))
      throw new InputError(`"${section}" must be a mapping`, { file, line: lineCounter(section)([]) });
    for (const [key, values] of Object.entries(raw as Record<string, unknown>)) {
      map[field][key] = toValues(file, key, values, lineCounter(section));
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
