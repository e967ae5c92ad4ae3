// Terraform functions that decode text formats other than JSON, and the path functions: configuration-driven
// repositories commonly read their settings with yamldecode(file("config.yaml")) and iterate over them.
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { TfValue } from './model';
import { EvalError, toStr } from './evaluate-values';
import type { TfFunction } from './functions';

const text = (v: TfValue): string => {
  const s = toStr(v);
  if (typeof s !== 'string') throw new EvalError('unexpected unknown value');
  return s;
};

/** A decoded YAML value as a TfValue (YAML 1.2 core schema, as Terraform's decoder; keys become strings). */
function fromYaml(v: unknown): TfValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new EvalError('yamldecode: infinity and NaN are not Terraform numbers');
    return v;
  }
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(fromYaml);
  if (v instanceof Map) return Object.fromEntries([...v.entries()].map(([k, x]) => [String(k), fromYaml(x)]));
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromYaml(x)]));
  throw new EvalError(`yamldecode: unsupported value ${String(v)}`);
}

/** RFC 4180 CSV: the first row names the columns, every value is a string. */
function csvRows(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new EvalError('csvdecode: unterminated quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export const DECODE_FUNCTIONS: Record<string, TfFunction> = {
  yamldecode: {
    fn: (a) => {
      let doc: unknown;
      try {
        doc = parseYaml(text(a[0]!), { schema: 'core', mapAsMap: false, maxAliasCount: 100 });
      } catch (error) {
        throw new EvalError(`yamldecode: ${(error as Error).message.split('\n')[0]}`);
      }
      return fromYaml(doc);
    },
  },
  csvdecode: {
    fn: (a) => {
      const [header, ...rows] = csvRows(text(a[0]!));
      if (!header) throw new EvalError('csvdecode: missing header line');
      return rows.map((r) => {
        if (r.length !== header.length) throw new EvalError(`csvdecode: a row has ${r.length} fields, the header ${header.length}`);
        return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
      });
    },
  },
  basename: { fn: (a) => posix.basename(text(a[0]!).replace(/\/+$/, '')) || (text(a[0]!).startsWith('/') ? '/' : '.') },
  dirname: { fn: (a) => posix.dirname(text(a[0]!)) },
};
