// Static references of expressions, for the resource graph: the traversals (var.x, aws_y.z.id …) an
// expression reads, and the names a block binds (count, each, dynamic iterators) that are not references.
import type { Expr, TemplatePart } from './expr/ast';
import { bareReference, type Body } from './evaluate-declarations';

// The static traversals (var.x, aws_y.z.id …) an expression reads, minus names its own for-expressions bind.
// Computed once per AST (ASTs are cached by source text) and shared by every module instance.
const pathsCache = new WeakMap<Expr, string[][]>();

export function referencePaths(e: Expr): string[][] {
  let hit = pathsCache.get(e);
  if (hit) return hit;
  hit = [];
  collectPaths(e, new Set(), hit);
  pathsCache.set(e, hit);
  return hit;
}

function collectPaths(x: Expr, names: Set<string>, out: string[][]): void {
  switch (x.k) {
    case 'name':
    case 'attr': {
      const path: string[] = [];
      let cur: Expr = x;
      while (cur.k === 'attr') {
        path.push(cur.name);
        cur = cur.obj;
      }
      if (cur.k !== 'name') return collectPaths(cur, names, out);
      if (!names.has(cur.name)) out.push([cur.name, ...path.reverse()]);
      return;
    }
    case 'index':
      collectPaths(x.obj, names, out);
      return collectPaths(x.key, names, out);
    case 'splat':
      collectPaths(x.obj, names, out);
      return collectPaths(x.each, names, out);
    case 'call':
      for (const a of x.args) collectPaths(a, names, out);
      return;
    case 'unary':
      return collectPaths(x.e, names, out);
    case 'bin':
      collectPaths(x.l, names, out);
      return collectPaths(x.r, names, out);
    case 'cond':
      collectPaths(x.c, names, out);
      collectPaths(x.t, names, out);
      return collectPaths(x.f, names, out);
    case 'tuple':
      for (const a of x.items) collectPaths(a, names, out);
      return;
    case 'object':
      for (const a of x.items) {
        collectPaths(a.key, names, out);
        collectPaths(a.value, names, out);
      }
      return;
    case 'for': {
      collectPaths(x.coll, names, out);
      const inner = new Set(names).add(x.valVar);
      if (x.keyVar) inner.add(x.keyVar);
      collectPaths(x.valExpr, inner, out);
      if (x.keyExpr) collectPaths(x.keyExpr, inner, out);
      if (x.cond) collectPaths(x.cond, inner, out);
      return;
    }
    case 'tpl':
      return collectTemplatePaths(x.parts, names, out);
    default:
      return;
  }
}

function collectTemplatePaths(parts: TemplatePart[], names: Set<string>, out: string[][]): void {
  for (const p of parts) {
    if (typeof p === 'string') continue;
    if (p.k === 'interp') collectPaths(p.e, names, out);
    else if (p.k === 'if') {
      collectPaths(p.cond, names, out);
      collectTemplatePaths(p.then, names, out);
      collectTemplatePaths(p.else, names, out);
    } else {
      collectPaths(p.coll, names, out);
      const inner = new Set(names).add(p.valVar);
      if (p.keyVar) inner.add(p.keyVar);
      collectTemplatePaths(p.body, inner, out);
    }
  }
}

/** Names bound inside a block (count, each, dynamic iterators) that must not be read as resources. */
export function boundNames(body: Body): Set<string> {
  const names = new Set(['count', 'each', 'self']);
  const visit = (b: unknown): void => {
    if (!b || typeof b !== 'object') return;
    if (Array.isArray(b)) return b.forEach(visit);
    const dyn = (b as Body).dynamic;
    if (dyn && typeof dyn === 'object') {
      for (const [label, specs] of Object.entries(dyn)) {
        names.add(label);
        for (const s of Array.isArray(specs) ? specs : [specs]) {
          if (s && typeof s === 'object' && typeof (s as Body).iterator === 'string')
            names.add(String(bareReference((s as Body).iterator)));
          visit(s);
        }
      }
    }
    for (const v of Object.values(b as Body)) if (v && typeof v === 'object') visit(v);
  };
  visit(body);
  return names;
}
