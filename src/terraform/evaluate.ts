// Evaluation of HCL expression ASTs to TfValues. Anything that depends on a value we cannot know is UNKNOWN;
// unknowns propagate through operators and functions and are never replaced by a guess.
import { createHash } from 'node:crypto';
import type { Expr, TemplatePart } from './expr/ast';
import { parseFileTemplate } from './expr/parser';
import { UNKNOWN, isUnknown, type TfValue } from './model';
import { FUNCTIONS } from './functions';
import {
  EvalError,
  containsUnknown,
  deepEqual,
  entries,
  isObject,
  openObjects,
  toBool,
  toNum,
  toStr,
  typeName,
  type TfObject,
} from './evaluate-values';

export {
  EvalError,
  containsUnknown,
  deepEqual,
  entries,
  isObject,
  isOpen,
  markOpen,
  toBool,
  toNum,
  toStr,
  typeName,
  formatNumber,
} from './evaluate-values';
export type { TfObject } from './evaluate-values';

/** Resolves root names. `path` is the static attribute chain after the root (var.x → ['var','x']). */
export interface Scope {
  /** Returns the value and how many path elements it consumed, or undefined when the name is not known here. */
  ref(path: string[]): { value: TfValue; used: number } | undefined;
  /**
   * Contents of a file for file()/templatefile(), path as written (relative to the root module).
   * undefined: the file does not exist; UNKNOWN: it cannot be read here (outside the tree, no reader).
   */
  readFile?(path: string): string | undefined | typeof UNKNOWN;
}

/** A scope that adds local bindings (for-expression variables, each, count, dynamic iterators). */
export class BindingScope implements Scope {
  constructor(
    private readonly parent: Scope,
    private readonly bindings: Record<string, TfValue>,
  ) {}
  ref(path: string[]): { value: TfValue; used: number } | undefined {
    const name = path[0]!;
    if (Object.prototype.hasOwnProperty.call(this.bindings, name)) return { value: this.bindings[name]!, used: 1 };
    return this.parent.ref(path);
  }
  readFile(path: string): string | undefined | typeof UNKNOWN {
    return this.parent.readFile ? this.parent.readFile(path) : UNKNOWN;
  }
}

function getAttr(obj: TfValue, name: string): TfValue {
  if (isUnknown(obj)) return UNKNOWN;
  if (isObject(obj)) {
    if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name]!;
    if (openObjects.has(obj)) return UNKNOWN;
    throw new EvalError(`object has no attribute "${name}"`);
  }
  if (obj === null) throw new EvalError(`attempt to get attribute "${name}" from a null value`);
  throw new EvalError(`cannot get attribute "${name}" of a ${typeName(obj)}`);
}

function getIndex(obj: TfValue, key: TfValue): TfValue {
  if (isUnknown(obj) || isUnknown(key)) return UNKNOWN;
  if (Array.isArray(obj)) {
    const n = toNum(key);
    if (isUnknown(n)) return UNKNOWN;
    if (!Number.isInteger(n) || n < 0 || n >= obj.length) throw new EvalError(`index ${n} out of range for list of ${obj.length}`);
    return obj[n]!;
  }
  if (isObject(obj)) {
    const k = toStr(key);
    if (isUnknown(k)) return UNKNOWN;
    if (Object.prototype.hasOwnProperty.call(obj, k)) return obj[k]!;
    if (openObjects.has(obj)) return UNKNOWN;
    throw new EvalError(`key "${k}" not found`);
  }
  if (obj === null) throw new EvalError('cannot index a null value');
  throw new EvalError(`cannot index a ${typeName(obj)}`);
}

/** The static chain var.a.b → ['var','a','b'], or null; memoized per node since ASTs are cached and shared. */
const pathCache = new WeakMap<Expr, string[] | null>();
function staticPath(e: Expr): string[] | null {
  let hit = pathCache.get(e);
  if (hit !== undefined) return hit;
  const names: string[] = [];
  let cur = e;
  while (cur.k === 'attr') {
    names.push(cur.name);
    cur = cur.obj;
  }
  hit = cur.k === 'name' ? [cur.name, ...names.reverse()] : null;
  pathCache.set(e, hit);
  return hit;
}

function resolve(path: string[], scope: Scope): TfValue {
  const hit = scope.ref(path);
  if (!hit) throw new EvalError(`unknown name "${path.join('.')}"`);
  let v = hit.value;
  for (let i = hit.used; i < path.length; i++) v = getAttr(v, path[i]!);
  return v;
}

function arith(op: string, a: TfValue, b: TfValue): TfValue {
  const x = toNum(a);
  const y = toNum(b);
  if (isUnknown(x) || isUnknown(y)) return UNKNOWN;
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw new EvalError('division by zero');
      return x / y;
    case '%':
      if (y === 0) throw new EvalError('division by zero');
      return x % y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

function binary(e: Extract<Expr, { k: 'bin' }>, scope: Scope): TfValue {
  if (e.op === '&&' || e.op === '||') {
    const l = toBool(evaluate(e.l, scope));
    // A known false (for &&) or true (for ||) decides the result whatever the other side is.
    if (l === (e.op === '||')) return l;
    const r = toBool(evaluate(e.r, scope));
    if (r === (e.op === '||')) return r;
    if (isUnknown(l) || isUnknown(r)) return UNKNOWN;
    return e.op === '&&' ? l && r : l || r;
  }
  const l = evaluate(e.l, scope);
  const r = evaluate(e.r, scope);
  if (e.op === '==' || e.op === '!=') {
    // A known object or list with unknown parts is still known not to be null (var.x != null).
    if ((l === null && !isUnknown(r)) || (r === null && !isUnknown(l))) return (l === r) === (e.op === '==');
    if (containsUnknown(l) || containsUnknown(r)) return UNKNOWN;
    const eq = deepEqual(l, r);
    return e.op === '==' ? eq : !eq;
  }
  return arith(e.op, l, r);
}

function template(parts: TemplatePart[], scope: Scope): TfValue {
  let out = '';
  let unknown = false;
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    if (p.k === 'interp') {
      const s = toStr(evaluate(p.e, scope));
      if (isUnknown(s)) unknown = true;
      else out += s;
    } else if (p.k === 'if') {
      const c = toBool(evaluate(p.cond, scope));
      if (isUnknown(c)) unknown = true;
      else {
        const s = template(c ? p.then : p.else, scope);
        if (isUnknown(s)) unknown = true;
        else out += s as string;
      }
    } else {
      const coll = evaluate(p.coll, scope);
      if (isUnknown(coll)) {
        unknown = true;
        continue;
      }
      for (const [k, v] of entries(coll)) {
        const bound: Record<string, TfValue> = { [p.valVar]: v };
        if (p.keyVar) bound[p.keyVar] = k;
        const s = template(p.body, new BindingScope(scope, bound));
        if (isUnknown(s)) unknown = true;
        else out += s as string;
      }
    }
  }
  return unknown ? UNKNOWN : out;
}

function forExpr(e: Extract<Expr, { k: 'for' }>, scope: Scope): TfValue {
  const coll = evaluate(e.coll, scope);
  if (isUnknown(coll) || openObjects.has(coll as object)) return UNKNOWN;
  if (coll === null) throw new EvalError('cannot iterate over null');
  const list: TfValue[] = [];
  const obj: Record<string, TfValue> = {};
  const groups: Record<string, TfValue[]> = {};
  for (const [k, v] of entries(coll)) {
    const bound: Record<string, TfValue> = { [e.valVar]: v };
    if (e.keyVar) bound[e.keyVar] = k;
    const inner = new BindingScope(scope, bound);
    if (e.cond) {
      const keep = toBool(evaluate(e.cond, inner));
      if (isUnknown(keep)) return UNKNOWN;
      if (!keep) continue;
    }
    const value = evaluate(e.valExpr, inner);
    if (!e.keyExpr) {
      list.push(value);
      continue;
    }
    const key = toStr(evaluate(e.keyExpr, inner));
    if (isUnknown(key)) return UNKNOWN;
    if (e.group) (groups[key] ??= []).push(value);
    else {
      if (Object.prototype.hasOwnProperty.call(obj, key)) throw new EvalError(`duplicate key "${key}" in for expression`);
      obj[key] = value;
    }
  }
  if (!e.keyExpr) return list;
  return e.group ? groups : obj;
}

function call(e: Extract<Expr, { k: 'call' }>, scope: Scope): TfValue {
  if (e.name === 'try') {
    for (const arg of e.args) {
      try {
        return evaluate(arg, scope);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    throw new EvalError('no argument of try() could be evaluated');
  }
  if (e.name === 'can') {
    try {
      const v = evaluate(e.args[0] ?? { k: 'lit', v: null }, scope);
      return isUnknown(v) ? UNKNOWN : true;
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return false;
    }
  }
  if (FILE_FUNCTIONS.has(e.name)) return fileCall(e, scope);
  const fn = FUNCTIONS[e.name];
  let args = e.args.map((a) => evaluate(a, scope));
  if (!fn) return UNKNOWN; // functions we do not model (provider functions, file reads …) stay unknown
  if (e.expand && args.length) {
    const last = args[args.length - 1]!;
    if (isUnknown(last)) return UNKNOWN;
    if (!Array.isArray(last)) throw new EvalError('the expansion symbol "..." needs a list');
    args = [...args.slice(0, -1), ...last];
  }
  const checked = fn.knownArgs === undefined ? args : args.slice(0, fn.knownArgs);
  if (fn.unknowns === 'deep' ? checked.some(containsUnknown) : fn.unknowns !== 'handles' && checked.some(isUnknown)) return UNKNOWN;
  // A whole resource object holds only its configured arguments; its full key set is not known.
  if (fn.unknowns !== 'handles' && checked.some((a) => openObjects.has(a as object))) return UNKNOWN;
  let result: TfValue | undefined;
  try {
    result = fn.fn(args);
  } catch (error) {
    // Arguments of the wrong shape (a missing argument, a number where a list belongs) are Terraform errors.
    if (error instanceof TypeError) throw new EvalError(`invalid arguments to ${e.name}(): ${error.message}`);
    throw error;
  }
  if (result === undefined) throw new EvalError(`invalid arguments to ${e.name}()`);
  return result;
}

const FILE_FUNCTIONS = new Set(['file', 'fileexists', 'filebase64', 'templatefile', 'filemd5', 'filesha1', 'filesha256']);
const NO_VARIABLES: Scope = { ref: () => undefined };

/** Functions that read the repository: real values from files in the scanned tree, UNKNOWN for anything else. */
function fileCall(e: Extract<Expr, { k: 'call' }>, scope: Scope): TfValue {
  const args = e.args.map((a) => evaluate(a, scope));
  const path = toStr(args[0] ?? null);
  if (isUnknown(path)) return UNKNOWN;
  const text = scope.readFile ? scope.readFile(path) : UNKNOWN;
  if (e.name === 'fileexists') return isUnknown(text) ? UNKNOWN : text !== undefined;
  if (isUnknown(text)) return UNKNOWN;
  if (text === undefined) throw new EvalError(`no file exists at ${JSON.stringify(path)}`);
  switch (e.name) {
    case 'file':
      return text;
    case 'filebase64':
      return Buffer.from(text, 'utf8').toString('base64');
    case 'filemd5':
    case 'filesha1':
    case 'filesha256':
      return createHash(e.name.slice(4)).update(text).digest('hex');
    default: {
      // templatefile sees only the variables it is given, never var./local.
      const vars = args[1] ?? {};
      if (isUnknown(vars)) return UNKNOWN;
      if (!isObject(vars)) throw new EvalError('templatefile needs a map of variables');
      return evaluate(parseFileTemplate(text), new BindingScope(NO_VARIABLES, vars));
    }
  }
}

/** Evaluate an expression. Throws EvalError where Terraform would fail; returns UNKNOWN where it cannot know. */
export function evaluate(e: Expr, scope: Scope): TfValue {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'tpl':
      return template(e.parts, scope);
    case 'name':
    case 'attr': {
      const path = staticPath(e);
      if (path) return resolve(path, scope);
      return getAttr(evaluate((e as Extract<Expr, { k: 'attr' }>).obj, scope), (e as Extract<Expr, { k: 'attr' }>).name);
    }
    case 'index':
      return getIndex(evaluate(e.obj, scope), evaluate(e.key, scope));
    case 'splat': {
      const src = evaluate(e.obj, scope);
      if (isUnknown(src)) return UNKNOWN;
      if (src === null) return [];
      const items = Array.isArray(src) ? src : [src];
      return items.map((item) => evaluate(e.each, new BindingScope(scope, { [SPLAT_ITEM]: item })));
    }
    case 'item': {
      const hit = scope.ref([SPLAT_ITEM]);
      if (!hit) throw new EvalError('splat item outside a splat');
      return hit.value;
    }
    case 'call':
      return call(e, scope);
    case 'unary': {
      const v = evaluate(e.e, scope);
      if (e.op === '!') {
        const b = toBool(v);
        return isUnknown(b) ? UNKNOWN : !b;
      }
      const n = toNum(v);
      return isUnknown(n) ? UNKNOWN : -n;
    }
    case 'bin':
      return binary(e, scope);
    case 'cond': {
      const c = toBool(evaluate(e.c, scope));
      if (!isUnknown(c)) return evaluate(c ? e.t : e.f, scope);
      // Unknown condition: the result is known only when both branches agree.
      try {
        const t = evaluate(e.t, scope);
        const f = evaluate(e.f, scope);
        return !containsUnknown(t) && deepEqual(t, f) ? t : UNKNOWN;
      } catch (error) {
        if (error instanceof EvalError) return UNKNOWN;
        throw error;
      }
    }
    case 'tuple':
      return e.items.map((x) => evaluate(x, scope));
    case 'object': {
      const out: TfObject = {};
      for (const item of e.items) {
        const key = toStr(evaluate(item.key, scope));
        if (isUnknown(key)) return UNKNOWN;
        out[key] = evaluate(item.value, scope);
      }
      return out;
    }
    case 'for':
      return forExpr(e, scope);
  }
}

/** Binding name for the current splat element; not a valid HCL identifier, so it cannot collide. */
const SPLAT_ITEM = '[*]';

/** Evaluate, mapping Terraform-level failures to UNKNOWN (we never guess a value for broken code). */
export function evaluateSafe(e: Expr, scope: Scope): TfValue {
  try {
    return evaluate(e, scope);
  } catch (error) {
    if (error instanceof EvalError || error instanceof RangeError) return UNKNOWN;
    throw error;
  }
}
