// Variable type constraints: values are converted the way Terraform converts them (strings to numbers and
// bools, lists to sets), and object types fill in `optional(type, default)` attributes the caller left out.
import type { Expr } from './expr/ast';
import { ExprSyntaxError } from './expr/ast';
import { parseTemplateString } from './expr/parser';
import { isUnknown, type TfValue } from './model';
import { isObject, toBool, toNum, toStr, type TfObject } from './evaluate-values';
import { evaluateSafe } from './evaluate';
import { toSetValue } from './functions';

const NO_SCOPE = { ref: () => undefined };

function convert(v: TfValue, t: Expr): TfValue {
  if (isUnknown(v) || v === null) return v;
  if (t.k === 'name') {
    try {
      if (t.name === 'string' && typeof v !== 'object') return toStr(v);
      if (t.name === 'number' && typeof v === 'string') return toNum(v);
      if (t.name === 'bool' && typeof v === 'string') return toBool(v);
    } catch {
      return v; // a mismatch Terraform would reject; leave the value as written
    }
    return v;
  }
  if (t.k !== 'call') return v;
  const arg = t.args[0];
  switch (t.name) {
    case 'list':
    case 'set': {
      if (!Array.isArray(v) || !arg) return v;
      const items = v.map((x) => convert(x, arg));
      return t.name === 'set' ? toSetValue(items) : items;
    }
    case 'map':
      if (!isObject(v) || !arg) return v;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, convert(x, arg)]));
    case 'tuple':
      if (!Array.isArray(v) || arg?.k !== 'tuple') return v;
      return v.map((x, i) => (arg.items[i] ? convert(x, arg.items[i]) : x));
    case 'object': {
      if (!isObject(v) || arg?.k !== 'object') return v;
      const out: TfObject = {};
      for (const item of arg.items) {
        if (item.key.k !== 'lit' || typeof item.key.v !== 'string') continue;
        const name = item.key.v;
        const attrType = item.value;
        const optional = attrType.k === 'call' && attrType.name === 'optional';
        const inner = optional ? (attrType.args[0] ?? { k: 'name', name: 'any' }) : attrType;
        if (Object.prototype.hasOwnProperty.call(v, name) && v[name] !== null) out[name] = convert(v[name]!, inner);
        else if (optional && attrType.args[1]) out[name] = convert(evaluateSafe(attrType.args[1], NO_SCOPE), inner);
        else if (optional || Object.prototype.hasOwnProperty.call(v, name)) out[name] = null;
      }
      return out;
    }
    default:
      return v;
  }
}

/** Convert a value to a variable's declared type (the hcl2json text of the `type` argument). */
export function convertToType(v: TfValue, typeText: string): TfValue {
  let t: Expr;
  try {
    t = parseTemplateString(typeText.includes('${') ? typeText : '${' + typeText + '}');
  } catch (error) {
    if (error instanceof ExprSyntaxError) return v;
    throw error;
  }
  return convert(v, t);
}
