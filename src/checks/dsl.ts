// Small building blocks most rules are made of: "this argument must be such, and when it is not
// set the provider default is such". Unknown values never produce a finding.
import { badInEveryTemplate } from '../terraform/dynamic-templates';
import { isUnknown, type TfResource, type TfValue } from '../terraform/model';
import type { CheckFn, Issue } from './types';
import { MISSING, blocks, bool, type Read } from './values';

/** Result of judging one value: true ok, false bad, undefined unknown. */
export type Verdict = boolean | undefined;
export type Judge = (v: Read) => Verdict;

/**
 * `path` is dotted ("encrypted", "metadata_options.http_tokens"). The first segment names the
 * top-level argument or block reported as the finding's line. When a segment is a repeatable
 * nested block, every block is judged. `missing` decides what an unset value means.
 */
export function expectAt(path: string, judge: Judge, message: string | ((v: Read) => string), missing: 'fail' | 'pass' = 'fail'): CheckFn {
  const segs = path.split('.');
  return (res) => {
    const bad = walk(res.attributes, segs, judge, missing);
    if (bad === undefined || bad === false) return undefined;
    return {
      attribute: bad.value === MISSING ? parentPath(segs) : path,
      message: typeof message === 'string' ? message : message(bad.value),
    };
  };
}

/** A missing value is reported on its enclosing block (or the resource when top-level). */
function parentPath(segs: string[]): string | undefined {
  return segs.length > 1 ? segs.slice(0, -1).join('.') : undefined;
}

type WalkResult = { value: Read } | false | undefined;

/** false: fine; undefined: unknown; {value}: the offending value. */
function walk(obj: { [k: string]: TfValue }, segs: string[], judge: Judge, missing: 'fail' | 'pass'): WalkResult {
  const [head, ...rest] = segs as [string, ...string[]];
  const v = obj[head];
  if (rest.length === 0) {
    const r: Read = v === undefined || v === null ? MISSING : isUnknown(v) ? undefined : v;
    if (r === MISSING) return missing === 'fail' ? { value: MISSING } : false;
    if (r === undefined) return undefined;
    const verdict = judge(r);
    if (verdict === undefined) return undefined;
    return verdict ? false : { value: r };
  }
  const list = blocks(v);
  if (list === undefined) return everyOutcomeBad(obj, head, rest, judge, missing);
  if (list.length === 0) return missing === 'fail' ? { value: MISSING } : false;
  let unknown = false;
  for (const b of list) {
    const r = walk(b, rest, judge, missing);
    if (r) return r;
    if (r === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/**
 * A dynamic block over a collection that cannot be known: there may be no block or any number shaped like its
 * content. Bad only when every outcome is — no block is bad (`missing: 'fail'`) and each content is bad.
 */
function everyOutcomeBad(obj: { [k: string]: TfValue }, head: string, rest: string[], judge: Judge, missing: 'fail' | 'pass'): WalkResult {
  return missing === 'fail' ? badInEveryTemplate(obj, head, (t) => walk(t, rest, judge, missing)) : undefined;
}

// Judges.
/** Read as `bool` reads (loose spellings of true/false included). */
export const isTrue: Judge = (v) => bool(v);
export const isFalse: Judge = (v) => {
  const b = bool(v);
  return b === undefined ? undefined : !b;
};
export const equals =
  (...ok: (string | number | boolean)[]): Judge =>
  (v) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? ok.some((o) => String(o) === String(v)) : undefined;
export const notEquals =
  (...bad: (string | number | boolean)[]): Judge =>
  (v) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
      ? !bad.some((o) => String(o).toLowerCase() === String(v).toLowerCase())
      : undefined;
export const nonEmpty: Judge = (v) => {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return v === MISSING ? false : true;
};
export const atLeast =
  (n: number): Judge =>
  (v) => {
    const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isNaN(x) ? undefined : x >= n;
  };
export const atMost =
  (n: number): Judge =>
  (v) => {
    const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isNaN(x) ? undefined : x <= n;
  };
export const matches =
  (re: RegExp): Judge =>
  (v) =>
    typeof v === 'string' ? re.test(v) : undefined;

/** Run several checks; all their issues count. */
export function allOf(...checks: CheckFn[]): CheckFn {
  return (res, ctx) => {
    const out: Issue[] = [];
    for (const c of checks) {
      const r = c(res, ctx);
      if (!r) continue;
      if (Array.isArray(r)) out.push(...r);
      else out.push(r);
    }
    return out;
  };
}

/** Only check resources that match a precondition (true). Unknown or false preconditions skip. */
export function when(pre: (res: TfResource) => boolean | undefined, check: CheckFn): CheckFn {
  return (res, ctx) => (pre(res) === true ? check(res, ctx) : undefined);
}
