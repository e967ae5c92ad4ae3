// Tri-state readers over evaluated Terraform values. `undefined` from a reader means "cannot be
// known" (a value is UNKNOWN somewhere on the way); MISSING means the argument is not set, so the
// provider default applies. Rules never turn an unknown into a finding.
import { isUnknown, type TfResource, type TfValue } from '../terraform/model';

export const MISSING: unique symbol = Symbol('missing');
export type Missing = typeof MISSING;
/** A read value: a known value, MISSING (not set), or undefined (unknowable). */
export type Read = TfValue | Missing | undefined;

type Obj = { [key: string]: TfValue };

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v);

/** Nested blocks as a list of objects; undefined when unknowable (e.g. a dynamic block over unknown input). */
export function blocks(v: TfValue | undefined): Obj[] | undefined {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return undefined;
  if (Array.isArray(v)) {
    const out: Obj[] = [];
    for (const item of v) {
      if (isUnknown(item)) return undefined;
      if (Array.isArray(item)) {
        const inner = blocks(item);
        if (!inner) return undefined;
        out.push(...inner);
      } else if (isObject(item)) out.push(item);
    }
    return out;
  }
  return isObject(v) ? [v] : [];
}

/**
 * Read a dotted path. Segments step into attributes; when a segment meets a list of nested
 * blocks, the first block is used (blocks that may repeat are checked with `blocks`).
 */
export function read(from: TfResource | Obj | undefined, path: string): Read {
  let cur: TfValue | undefined =
    from && 'attributes' in from && 'address' in from ? ((from as TfResource).attributes as Obj) : (from as Obj);
  for (const seg of path.split('.')) {
    if (cur === undefined || cur === null) return MISSING;
    if (isUnknown(cur)) return undefined;
    if (Array.isArray(cur)) {
      if (/^\d+$/.test(seg)) {
        cur = cur[Number(seg)];
        continue;
      }
      if (cur.length === 0) return MISSING;
      cur = cur[0];
      if (isUnknown(cur)) return undefined;
    }
    if (!isObject(cur)) return MISSING;
    cur = cur[seg];
  }
  if (cur === undefined || cur === null) return MISSING;
  if (isUnknown(cur)) return undefined;
  return cur;
}

/**
 * true / false / undefined (unknown). MISSING yields `dflt`. Terraform converts the strings "true"/"false";
 * loose spellings whose intent is plain are read as Checkov reads them, because a security check that stays
 * silent on `encrypted = False` helps nobody: any case of "true"/"false" (a bare `False` is evaluated to the
 * string "False", see evaluate-module.ts) and the numbers 1/0 (`enable = 0`, which Terraform rejects for a bool).
 */
export function bool(v: Read, dflt: boolean | undefined = undefined): boolean | undefined {
  if (v === MISSING) return dflt;
  if (v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  if (v === 1) return true;
  if (v === 0) return false;
  return undefined;
}

export function num(v: Read): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

export function str(v: Read): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Is there a value (known or not)? MISSING and "" count as absent; UNKNOWN counts as set. */
export function isSet(v: Read): boolean | undefined {
  if (v === undefined) return true;
  if (v === MISSING) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

/** A list of strings; undefined when it or one of its items is unknowable. MISSING → []. */
export function strings(v: Read): string[] | undefined {
  if (v === MISSING) return [];
  if (v === undefined || isUnknown(v)) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const item of v) {
      if (isUnknown(item)) return undefined;
      if (Array.isArray(item)) {
        const inner = strings(item);
        if (!inner) return undefined;
        out.push(...inner);
      } else if (typeof item === 'string' || typeof item === 'number') out.push(String(item));
    }
    return out;
  }
  return [];
}
