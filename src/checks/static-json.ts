// The loader turns jsonencode({...}) into UNKNOWN as soon as one part is unknown (an ARN from another
// resource, say). Policies are mostly literal though, so this reads the literal structure of a
// jsonencode(...) argument: literals, objects, lists and plain strings are kept, every other
// expression becomes UNKNOWN in place — never guessed.
import type { Expr } from '../terraform/expr/ast';
import { parseTemplateString } from '../terraform/expr/parser';
import { UNKNOWN, type TfValue } from '../terraform/model';

const cache = new Map<string, TfValue | undefined>();

/** The literal shape of `jsonencode(X)` in an attribute's raw expression text, or undefined. */
export function staticJsonencode(exprText: string | undefined): TfValue | undefined {
  if (!exprText || !exprText.includes('jsonencode')) return undefined;
  if (cache.has(exprText)) return cache.get(exprText);
  let out: TfValue | undefined;
  try {
    const ast = parseTemplateString(exprText);
    const call = findJsonencode(ast);
    out = call ? shape(call) : undefined;
  } catch {
    out = undefined;
  }
  cache.set(exprText, out);
  return out;
}

function findJsonencode(e: Expr): Expr | undefined {
  if (e.k === 'call' && e.name === 'jsonencode' && e.args.length === 1) return e.args[0];
  if (e.k === 'tpl' && e.parts.length === 1) {
    const p = e.parts[0]!;
    if (typeof p !== 'string' && p.k === 'interp') return findJsonencode(p.e);
  }
  return undefined;
}

function shape(e: Expr): TfValue {
  switch (e.k) {
    case 'lit':
      return e.v;
    case 'tpl':
      return e.parts.every((p) => typeof p === 'string') ? (e.parts as string[]).join('') : UNKNOWN;
    case 'tuple':
      return e.items.map(shape);
    case 'object': {
      const obj: { [k: string]: TfValue } = {};
      for (const { key, value } of e.items) {
        const k = key.k === 'name' ? key.name : shape(key);
        if (typeof k !== 'string') return UNKNOWN;
        obj[k] = shape(value);
      }
      return obj;
    }
    default:
      return UNKNOWN;
  }
}
