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

/** Stands for an interpolation while the surrounding JSON text is parsed (private-use characters: legal in JSON strings). */
const HOLE = '\ue000inframate-interpolation\ue000';

/**
 * The literal shape of a JSON document written as a template (a heredoc policy with
 * "${aws_sns_topic.t.arn}" inside): interpolations become UNKNOWN where they stand; any string
 * holding one is UNKNOWN as a whole. Undefined when the text has no interpolation, uses template
 * directives, or is not JSON once the interpolations are set aside.
 */
export function staticJsonTemplate(exprText: string | undefined): TfValue | undefined {
  if (!exprText || !exprText.includes('${')) return undefined;
  const key = `tpl|${exprText}`;
  if (cache.has(key)) return cache.get(key);
  let out: TfValue | undefined;
  try {
    const ast = parseTemplateString(exprText);
    if (ast.k === 'tpl' && ast.parts.every((p) => typeof p === 'string' || p.k === 'interp')) {
      const text = ast.parts.map((p) => (typeof p === 'string' ? p : HOLE)).join('');
      out = parsePolicyJson(text, (_k, v: unknown) => (typeof v === 'string' && v.includes(HOLE) ? UNKNOWN : v)) as TfValue;
      if (out === UNKNOWN) out = undefined;
    }
  } catch {
    out = undefined;
  }
  cache.set(key, out);
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

/**
 * JSON.parse, forgiving trailing commas before ] or } (common in hand-written heredoc policies;
 * the intent is unambiguous, and Checkov reads them too). Throws like JSON.parse otherwise.
 */
export function parsePolicyJson(text: string, reviver?: (key: string, value: unknown) => unknown): unknown {
  try {
    return JSON.parse(text, reviver);
  } catch (error) {
    const relaxed = withoutTrailingCommas(text);
    if (relaxed === text) throw error;
    return JSON.parse(relaxed, reviver);
  }
}

function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (c === ',' && /^\s*[\]}]/.test(text.slice(i + 1))) continue;
    out += c;
  }
  return out;
}
