// Value helpers shared by the evaluator and the function library: conversions, equality, iteration order.
import { UNKNOWN, isUnknown, type TfValue } from './model';

/** A failure Terraform itself would report (wrong type, missing key …); callers turn it into UNKNOWN or catch it in try(). */
export class EvalError extends Error {}

export type TfObject = { [key: string]: TfValue };

// Objects standing for resources/data sources: their configured arguments are known, every other attribute
// (id, arn, computed values) is not, so reading a missing key yields UNKNOWN instead of an error.
export const openObjects = new WeakSet<object>();
export function markOpen<T extends TfObject>(obj: T): T {
  openObjects.add(obj);
  return obj;
}
export const isOpen = (v: unknown): boolean => typeof v === 'object' && v !== null && openObjects.has(v);

export const isObject = (v: TfValue): v is TfObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function containsUnknown(v: TfValue): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isObject(v)) return Object.values(v).some(containsUnknown);
  return false;
}

export function typeName(v: TfValue): string {
  if (v === null) return 'null';
  if (isUnknown(v)) return 'unknown';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'object' : typeof v;
}

/** Terraform's string conversion of primitives. */
export function toStr(v: TfValue): string | typeof UNKNOWN {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null) throw new EvalError('cannot use a null value in a string');
  throw new EvalError(`cannot convert ${typeName(v)} to string`);
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

export function toNum(v: TfValue): number | typeof UNKNOWN {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new EvalError(`cannot convert ${JSON.stringify(v)} to number`);
}

export function toBool(v: TfValue): boolean | typeof UNKNOWN {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new EvalError(`cannot convert ${typeName(v)} to bool`);
}

export function deepEqual(a: TfValue, b: TfValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]!));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k]!, b[k]!));
  }
  return false;
}

/** The elements of a collection for iteration: lists by index, maps by sorted key (Terraform's order). */
export function entries(v: TfValue): [TfValue, TfValue][] {
  if (Array.isArray(v)) return v.map((x, i) => [i, x]);
  if (isObject(v)) {
    return Object.keys(v)
      .sort()
      .map((k) => [k, v[k]!]);
  }
  throw new EvalError(`cannot iterate over ${typeName(v)}`);
}
