// Path-level differences between what Terraform recorded and what exists, with every value under
// a sensitive marker replaced by SENSITIVE_MASK before it leaves this module.
import { SENSITIVE_MASK, UNKNOWN_VALUE, type DriftDifference } from './types';

const MAX_DIFFERENCES = 200;

type Tree = unknown; // Terraform's *_sensitive / after_unknown trees: true, or the same shape as the value.

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function child(tree: Tree, key: string | number): Tree {
  if (tree === true) return true;
  if (Array.isArray(tree) && typeof key === 'number') return tree[key];
  if (isObject(tree)) return tree[String(key)];
  return undefined;
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

export interface DiffOptions {
  /** Sensitive markers of the expected and actual values (either marks a path sensitive). */
  expectedSensitive?: Tree;
  actualSensitive?: Tree;
  actualUnknown?: Tree;
  /** Top-level attributes not worth reporting (computed timestamps, ids that follow from others). */
  ignore?: ReadonlySet<string>;
}

/** Leaf differences between expected and actual; objects by key, lists by index, values masked when sensitive. */
export function diffValues(expected: unknown, actual: unknown, opts: DiffOptions = {}): DriftDifference[] {
  const out: DriftDifference[] = [];
  const walk = (e: unknown, a: unknown, path: string, es: Tree, as: Tree, au: Tree) => {
    if (out.length >= MAX_DIFFERENCES) return;
    const sensitive = es === true || as === true;
    if (au === true) {
      out.push({ path, expected: sensitive ? SENSITIVE_MASK : e, actual: UNKNOWN_VALUE, ...(sensitive ? { sensitive } : {}) });
      return;
    }
    if (isObject(e) && isObject(a)) {
      for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) {
        if (!path && opts.ignore?.has(key)) continue;
        walk(e[key], a[key], join(path, key), child(es, key), child(as, key), child(au, key));
      }
      return;
    }
    if (Array.isArray(e) && Array.isArray(a) && e.length === a.length && e.some((x) => isObject(x) || Array.isArray(x))) {
      e.forEach((x, i) => walk(x, a[i], join(path, i), child(es, i), child(as, i), child(au, i)));
      return;
    }
    if (same(e, a)) return;
    if (sensitive || containsSensitive(es) || containsSensitive(as)) {
      out.push({ path: path || '(value)', expected: SENSITIVE_MASK, actual: SENSITIVE_MASK, sensitive: true });
      return;
    }
    out.push({ path: path || '(value)', expected: e ?? null, actual: a ?? null });
  };
  walk(expected, actual, '', opts.expectedSensitive, opts.actualSensitive, opts.actualUnknown);
  return out;
}

/** Empty and absent are the same to Terraform's providers (null vs "" vs [] vs {}). */
function same(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) =>
    v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
  if (empty(a) && empty(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

function containsSensitive(tree: Tree): boolean {
  if (tree === true) return true;
  if (Array.isArray(tree)) return tree.some(containsSensitive);
  if (isObject(tree)) return Object.values(tree).some(containsSensitive);
  return false;
}

/** A copy of a value with every sensitive leaf masked (for values shown whole, e.g. a missing resource). */
export function maskValue(value: unknown, sensitive: Tree): unknown {
  if (sensitive === true) return SENSITIVE_MASK;
  if (Array.isArray(value)) return value.map((v, i) => maskValue(v, child(sensitive, i)));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(v, child(sensitive, k))]));
  return value;
}

/**
 * State v4 `sensitive_attributes`: a list of paths, each a list of steps
 * (`{type: "get_attr", value: "password"}`, `{type: "index", value: {value: 0, type: "number"}}`),
 * as a sensitive tree like the plan's.
 */
export function sensitiveTreeFromPaths(paths: unknown): Tree {
  if (!Array.isArray(paths) || paths.length === 0) return undefined;
  const root: Record<string, unknown> = {};
  for (const p of paths) {
    const steps = Array.isArray(p) ? p : [];
    if (steps.length === 0) return true;
    let node: Record<string, unknown> = root;
    steps.forEach((s: { type?: string; value?: unknown }, i: number) => {
      const key = s.type === 'index' && isObject(s.value) ? String(s.value.value) : String(s.value);
      if (i === steps.length - 1) node[key] = true;
      else {
        if (node[key] === true) return;
        node[key] = isObject(node[key]) ? node[key] : {};
        node = node[key] as Record<string, unknown>;
      }
    });
  }
  return toArrays(root);
}

/** Numeric keys stand for list indexes: `child()` accepts both shapes, so objects are kept. */
function toArrays(tree: Record<string, unknown>): Tree {
  return tree;
}
