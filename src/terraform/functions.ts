// Terraform's built-in functions that configuration commonly uses, implemented over TfValues.
// Functions not listed here (file reads, timestamps, uuids, provider functions) evaluate to UNKNOWN.
import { createHash } from 'node:crypto';
import { UNKNOWN, isUnknown, type TfValue } from './model';
import { EvalError, containsUnknown, deepEqual, entries, isObject, toBool, toNum, toStr, typeName, type TfObject } from './evaluate-values';
import { NETWORK_FUNCTIONS } from './functions-network';
import { DECODE_FUNCTIONS } from './functions-decode';
import { formatValue } from './functions-format';

export interface TfFunction {
  fn: (args: TfValue[]) => TfValue;
  /**
   * How unknown arguments are treated before calling: 'top' (default) — any unknown argument makes the result
   * unknown; 'deep' — an unknown anywhere inside an argument does; 'handles' — the function decides itself.
   */
  unknowns?: 'top' | 'deep' | 'handles';
  /** Only the first N arguments are checked as `unknowns` says; later ones (lookup's default) may be unknown. */
  knownArgs?: number;
}

const arity = (args: TfValue[], min: number, max = min): void => {
  if (args.length < min || args.length > max)
    throw new EvalError(`expected ${min === max ? min : `${min}-${max}`} arguments, got ${args.length}`);
};

export const str = (v: TfValue): string => {
  const s = toStr(v);
  if (isUnknown(s)) throw new EvalError('unexpected unknown value');
  return s;
};
export const num = (v: TfValue): number => {
  const n = toNum(v);
  if (isUnknown(n)) throw new EvalError('unexpected unknown value');
  return n;
};
export const list = (v: TfValue): TfValue[] => {
  if (Array.isArray(v)) return v;
  throw new EvalError(`expected a list, got ${typeName(v)}`);
};
const obj = (v: TfValue): TfObject => {
  if (isObject(v)) return v;
  throw new EvalError(`expected a map, got ${typeName(v)}`);
};

/** Sets are lists without duplicates; strings and numbers come back sorted, as Terraform orders them. */
export function toSetValue(items: TfValue[]): TfValue[] {
  const out: TfValue[] = [];
  for (const x of items) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  if (out.every((x) => typeof x === 'string')) return (out as string[]).sort();
  if (out.every((x) => typeof x === 'number')) return (out as number[]).sort((a, b) => a - b);
  return out;
}

/**
 * Only the list structure must be known: an unknown element could be a list to splice in, but an object
 * with unknown attributes is one element whatever they turn out to be (as in Terraform's flatten).
 */
function flatten(v: TfValue): TfValue {
  if (isUnknown(v)) return UNKNOWN;
  const out: TfValue[] = [];
  for (const x of list(v)) {
    if (isUnknown(x)) return UNKNOWN;
    if (!Array.isArray(x)) {
      out.push(x);
      continue;
    }
    const inner = flatten(x);
    if (isUnknown(inner)) return UNKNOWN;
    out.push(...(inner as TfValue[]));
  }
  return out;
}

/** Convert a JS value from JSON into a TfValue. */
function fromJson(v: unknown): TfValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, fromJson(x)]));
  return null;
}

/** A quantified group that itself contains a quantifier: the shape of catastrophic backtracking. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

/**
 * RE2 (Terraform) regex syntax to JS: named groups are written (?P<name>…). Terraform's RE2 runs in linear
 * time; JavaScript's engine backtracks, so patterns that could backtrack catastrophically on repository
 * input are not run (EvalError → UNKNOWN / try() fallback).
 */
export function toRegExp(pattern: string, flags = ''): RegExp {
  if (NESTED_QUANTIFIER.test(pattern)) throw new EvalError('regular expression with nested quantifiers is not evaluated');
  try {
    return new RegExp(pattern.replace(/\(\?P</g, '(?<'), flags);
  } catch {
    throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}`);
  }
}

function regexResult(m: RegExpExecArray): TfValue {
  if (m.groups) return { ...(m.groups as Record<string, string>) };
  if (m.length > 1) return m.slice(1).map((x) => x ?? null);
  return m[0];
}

/** coalesce-style: the first argument that passes `keep`; an unknown before it makes the result unknown. */
function firstKept(args: TfValue[], keep: (v: TfValue) => boolean): TfValue {
  for (const a of args) {
    if (isUnknown(a)) return UNKNOWN;
    if (keep(a)) return a;
  }
  throw new EvalError('no non-null, non-empty argument');
}

const hash = (alg: string) => (a: TfValue[]) => createHash(alg).update(str(a[0]!)).digest('hex');

const CORE: Record<string, TfFunction> = {
  // collections
  merge: {
    fn: (a) => {
      const out: TfObject = {};
      for (const m of a) if (m !== null) Object.assign(out, obj(m));
      return out;
    },
  },
  concat: { fn: (a) => a.flatMap((x) => list(x)) },
  lookup: {
    knownArgs: 2,
    fn: (a) => {
      arity(a, 2, 3);
      const m = obj(a[0]!);
      const k = str(a[1]!);
      if (Object.prototype.hasOwnProperty.call(m, k)) return m[k]!;
      if (a.length === 3) return a[2]!;
      throw new EvalError(`lookup failed to find key "${k}"`);
    },
  },
  coalesce: { fn: (a) => firstKept(a, (v) => v !== null && v !== ''), unknowns: 'handles' },
  coalescelist: { fn: (a) => firstKept(a, (v) => Array.isArray(v) && v.length > 0), unknowns: 'handles' },
  length: {
    fn: (a) => {
      const v = a[0]!;
      if (typeof v === 'string') return [...v].length;
      if (Array.isArray(v)) return v.length;
      if (isObject(v)) return Object.keys(v).length;
      throw new EvalError(`cannot take the length of ${typeName(v)}`);
    },
  },
  keys: { fn: (a) => Object.keys(obj(a[0]!)).sort() },
  values: { fn: (a) => entries(obj(a[0]!)).map(([, v]) => v) },
  element: {
    fn: (a) => {
      const l = list(a[0]!);
      if (!l.length) throw new EvalError('cannot use element function with an empty list');
      const i = Math.floor(num(a[1]!));
      if (i < 0) throw new EvalError('element index must not be negative');
      return l[i % l.length]!;
    },
  },
  index: {
    fn: (a) => {
      const i = list(a[0]!).findIndex((x) => deepEqual(x, a[1]!));
      if (i < 0) throw new EvalError('item not found');
      return i;
    },
    unknowns: 'deep',
  },
  contains: { fn: (a) => list(a[0]!).some((x) => deepEqual(x, a[1]!)), unknowns: 'deep' },
  flatten: { fn: (a) => flatten(a[0]!), unknowns: 'handles' },
  distinct: { fn: (a) => list(a[0]!).filter((x, i, l) => l.findIndex((y) => deepEqual(x, y)) === i), unknowns: 'deep' },
  compact: { fn: (a) => list(a[0]!).filter((x) => x !== null && x !== ''), unknowns: 'deep' },
  zipmap: {
    fn: (a) => {
      // The keys must be known; the values are only carried over, so unknown ones stay unknown in place.
      if (isUnknown(a[0]!) || isUnknown(a[1]!) || containsUnknown(a[0]!)) return UNKNOWN;
      const ks = list(a[0]!);
      const vs = list(a[1]!);
      if (ks.length !== vs.length) throw new EvalError('zipmap needs lists of the same length');
      return Object.fromEntries(ks.map((k, i) => [str(k), vs[i]!]));
    },
    unknowns: 'handles',
  },
  range: {
    fn: (a) => {
      arity(a, 1, 3);
      const [start, stop, step] = a.length === 1 ? [0, num(a[0]!), 1] : [num(a[0]!), num(a[1]!), a.length === 3 ? num(a[2]!) : 1];
      if (step === 0) throw new EvalError('range step must not be zero');
      const out: number[] = [];
      for (let x = start; step > 0 ? x < stop : x > stop; x += step) {
        out.push(x);
        if (out.length > 1024) throw new EvalError('range too large');
      }
      return out;
    },
  },
  sort: { fn: (a) => list(a[0]!).map(str).sort(), unknowns: 'deep' },
  reverse: { fn: (a) => [...list(a[0]!)].reverse() },
  slice: {
    fn: (a) => {
      const l = list(a[0]!);
      const from = num(a[1]!);
      const to = num(a[2]!);
      if (from < 0 || to > l.length || from > to) throw new EvalError('slice indices out of range');
      return l.slice(from, to);
    },
  },
  one: {
    fn: (a) => {
      const l = list(a[0]!);
      if (l.length > 1) throw new EvalError('one() needs a list of at most one element');
      return l.length ? l[0]! : null;
    },
  },
  chunklist: {
    fn: (a) => {
      const l = list(a[0]!);
      const size = num(a[1]!);
      if (size <= 0) return [l];
      const out: TfValue[] = [];
      for (let i = 0; i < l.length; i += size) out.push(l.slice(i, i + size));
      return out;
    },
  },
  setunion: { fn: (a) => toSetValue(a.flatMap((x) => list(x))), unknowns: 'deep' },
  setintersection: {
    fn: (a) => toSetValue(list(a[0]!).filter((x) => a.slice(1).every((s) => list(s).some((y) => deepEqual(x, y))))),
    unknowns: 'deep',
  },
  setsubtract: { fn: (a) => toSetValue(list(a[0]!).filter((x) => !list(a[1]!).some((y) => deepEqual(x, y)))), unknowns: 'deep' },
  setproduct: {
    fn: (a) => a.reduce<TfValue[][]>((acc, s) => acc.flatMap((p) => list(s).map((x) => [...p, x])), [[]]),
    unknowns: 'deep',
  },
  matchkeys: {
    fn: (a) => {
      const vals = list(a[0]!);
      const ks = list(a[1]!);
      const search = list(a[2]!);
      return vals.filter((_, i) => search.some((s) => deepEqual(s, ks[i]!)));
    },
    unknowns: 'deep',
  },
  transpose: {
    fn: (a) => {
      const out: Record<string, string[]> = {};
      for (const [k, vs] of entries(obj(a[0]!))) for (const v of list(vs)) (out[str(v)] ??= []).push(str(k));
      for (const k of Object.keys(out)) out[k]!.sort();
      return out;
    },
    unknowns: 'deep',
  },
  alltrue: { fn: (a) => list(a[0]!).every((x) => toBool(x) === true), unknowns: 'deep' },
  anytrue: { fn: (a) => list(a[0]!).some((x) => toBool(x) === true), unknowns: 'deep' },
  sum: { fn: (a) => list(a[0]!).reduce<number>((s, x) => s + num(x), 0), unknowns: 'deep' },
  // conversions
  tomap: { fn: (a) => obj(a[0]!) },
  toset: { fn: (a) => toSetValue(list(a[0]!)), unknowns: 'deep' },
  tolist: { fn: (a) => list(a[0]!) },
  tostring: { fn: (a) => (a[0] === null ? null : str(a[0]!)) },
  tonumber: { fn: (a) => (a[0] === null ? null : num(a[0]!)) },
  tobool: {
    fn: (a) => {
      if (a[0] === null) return null;
      const b = toBool(a[0]!);
      return isUnknown(b) ? UNKNOWN : b;
    },
  },
  nonsensitive: { fn: (a) => a[0]!, unknowns: 'handles' },
  sensitive: { fn: (a) => a[0]!, unknowns: 'handles' },
  type: { fn: (a) => typeName(a[0]!) },
  // strings
  format: { fn: (a) => formatValue(str(a[0]!), a.slice(1)), unknowns: 'deep' },
  formatlist: {
    fn: (a) => {
      const n = Math.max(0, ...a.slice(1).map((x) => (Array.isArray(x) ? x.length : 0)));
      return Array.from({ length: n }, (_, i) =>
        formatValue(
          str(a[0]!),
          a.slice(1).map((x) => (Array.isArray(x) ? x[i]! : x)),
        ),
      );
    },
    unknowns: 'deep',
  },
  join: {
    fn: (a) =>
      a
        .slice(1)
        .flatMap((l) => list(l).map(str))
        .join(str(a[0]!)),
    unknowns: 'deep',
  },
  split: { fn: (a) => (str(a[1]!) === '' ? [] : str(a[1]!).split(str(a[0]!))) },
  lower: { fn: (a) => str(a[0]!).toLowerCase() },
  upper: { fn: (a) => str(a[0]!).toUpperCase() },
  title: { fn: (a) => str(a[0]!).replace(/\b\w/g, (c) => c.toUpperCase()) },
  replace: {
    fn: (a) => {
      const s = str(a[0]!);
      const search = str(a[1]!);
      const repl = str(a[2]!);
      if (search.length > 1 && search.startsWith('/') && search.endsWith('/'))
        return s.replace(toRegExp(search.slice(1, -1), 'g'), repl.replace(/\$\{?(\w+)\}?/g, '$<$1>').replace(/\$<(\d+)>/g, '$$$1'));
      return s.split(search).join(repl);
    },
  },
  trimspace: { fn: (a) => str(a[0]!).trim() },
  trim: {
    fn: (a) => {
      const chars = new Set(str(a[1]!));
      let s = str(a[0]!);
      while (s && chars.has(s[0]!)) s = s.slice(1);
      while (s && chars.has(s[s.length - 1]!)) s = s.slice(0, -1);
      return s;
    },
  },
  trimprefix: { fn: (a) => (str(a[0]!).startsWith(str(a[1]!)) ? str(a[0]!).slice(str(a[1]!).length) : str(a[0]!)) },
  trimsuffix: { fn: (a) => (str(a[1]!) && str(a[0]!).endsWith(str(a[1]!)) ? str(a[0]!).slice(0, -str(a[1]!).length) : str(a[0]!)) },
  chomp: { fn: (a) => str(a[0]!).replace(/(\r?\n)+$/, '') },
  indent: { fn: (a) => str(a[1]!).replace(/\n/g, '\n' + ' '.repeat(num(a[0]!))) },
  startswith: { fn: (a) => str(a[0]!).startsWith(str(a[1]!)) },
  endswith: { fn: (a) => str(a[0]!).endsWith(str(a[1]!)) },
  strcontains: { fn: (a) => str(a[0]!).includes(str(a[1]!)) },
  strrev: { fn: (a) => [...str(a[0]!)].reverse().join('') },
  substr: {
    fn: (a) => {
      const chars = [...str(a[0]!)];
      let offset = num(a[1]!);
      const length = num(a[2]!);
      if (offset < 0) offset = Math.max(0, chars.length + offset);
      return chars.slice(offset, length < 0 ? undefined : offset + length).join('');
    },
  },
  regex: {
    fn: (a) => {
      const m = toRegExp(str(a[0]!)).exec(str(a[1]!));
      if (!m) throw new EvalError('pattern did not match');
      return regexResult(m);
    },
  },
  regexall: { fn: (a) => [...str(a[1]!).matchAll(toRegExp(str(a[0]!), 'g'))].map(regexResult) },
  // numbers
  min: { fn: (a) => Math.min(...a.map(num)) },
  max: { fn: (a) => Math.max(...a.map(num)) },
  abs: { fn: (a) => Math.abs(num(a[0]!)) },
  ceil: { fn: (a) => Math.ceil(num(a[0]!)) },
  floor: { fn: (a) => Math.floor(num(a[0]!)) },
  pow: { fn: (a) => num(a[0]!) ** num(a[1]!) },
  signum: { fn: (a) => Math.sign(num(a[0]!)) },
  log: { fn: (a) => Math.log(num(a[0]!)) / Math.log(num(a[1]!)) },
  parseint: {
    fn: (a) => {
      const n = parseInt(str(a[0]!), num(a[1]!));
      if (Number.isNaN(n)) throw new EvalError('cannot parse integer');
      return n;
    },
  },
  // encoding
  jsonencode: { fn: (a) => JSON.stringify(a[0]!), unknowns: 'deep' },
  jsondecode: {
    fn: (a) => {
      try {
        return fromJson(JSON.parse(str(a[0]!)));
      } catch {
        throw new EvalError('invalid JSON');
      }
    },
  },
  base64encode: { fn: (a) => Buffer.from(str(a[0]!), 'utf8').toString('base64') },
  base64decode: { fn: (a) => Buffer.from(str(a[0]!), 'base64').toString('utf8') },
  urlencode: { fn: (a) => encodeURIComponent(str(a[0]!)) },
  md5: { fn: hash('md5') },
  sha1: { fn: hash('sha1') },
  sha256: { fn: hash('sha256') },
  sha512: { fn: hash('sha512') },
};

export const FUNCTIONS: Record<string, TfFunction> = { ...CORE, ...NETWORK_FUNCTIONS, ...DECODE_FUNCTIONS };
