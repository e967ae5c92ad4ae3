// JSON documents (IAM policies, container definitions …) whose string value is UNKNOWN because one part is
// unknown — an ARN from another resource, an account id. The document's structure is usually literal, so it
// is rebuilt with the unknown parts left UNKNOWN in place: the statement's Action stays visible while its
// Resource is unknown. Nothing is guessed: a string that contains an unknown part is UNKNOWN as a whole.
import type { Expr, TemplatePart } from './expr/ast';
import { UNKNOWN, isUnknown, type TfValue } from './model';
import { BindingScope, evaluateSafe, type Scope } from './evaluate';
import { EvalError, entries, isObject, toBool, toStr } from './evaluate-values';
import { POLICY_DOCUMENT_TYPE, policyDocument } from './evaluate-policy-document';

/** Stands for an unknown interpolation while the template text is rendered (private-use characters, valid in JSON strings). */
const MARK = '\uE000inframate-unknown\uE000';

class GiveUp extends Error {}

/** Render a template with unknown interpolations replaced by MARK; directives on unknown values give up. */
function render(parts: TemplatePart[], scope: Scope): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if (p.k === 'interp') {
      const v = evaluateSafe(p.e, scope);
      if (isUnknown(v)) out += MARK;
      else {
        try {
          const s = toStr(v);
          out += isUnknown(s) ? MARK : s;
        } catch {
          throw new GiveUp();
        }
      }
    } else if (p.k === 'if') {
      let c: boolean | typeof UNKNOWN;
      try {
        c = toBool(evaluateSafe(p.cond, scope));
      } catch {
        throw new GiveUp();
      }
      if (isUnknown(c)) throw new GiveUp();
      out += render(c ? p.then : p.else, scope);
    } else {
      const coll = evaluateSafe(p.coll, scope);
      if (isUnknown(coll) || coll === null) throw new GiveUp();
      let items: [TfValue, TfValue][];
      try {
        items = entries(coll);
      } catch {
        throw new GiveUp();
      }
      for (const [k, v] of items)
        out += render(p.body, new BindingScope(scope, p.keyVar ? { [p.valVar]: v, [p.keyVar]: k } : { [p.valVar]: v }));
    }
  }
  return out;
}

function restoreUnknowns(v: unknown): TfValue {
  if (typeof v === 'string') return v.includes(MARK) ? UNKNOWN : v;
  if (Array.isArray(v)) return v.map(restoreUnknowns);
  if (v && typeof v === 'object') {
    const out: Record<string, TfValue> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k.includes(MARK)) return UNKNOWN; // a key we cannot know: the object's shape is unknown
      out[k] = restoreUnknowns(x);
    }
    return out;
  }
  return v as TfValue;
}

/** data.aws_iam_policy_document.NAME, optionally indexed ([0], ["key"]). */
function isPolicyDocumentRef(e: Expr): boolean {
  let cur = e;
  while (cur.k === 'index') cur = cur.obj;
  return (
    cur.k === 'attr' &&
    cur.obj.k === 'attr' &&
    cur.obj.name === POLICY_DOCUMENT_TYPE &&
    cur.obj.obj.k === 'name' &&
    cur.obj.obj.name === 'data'
  );
}

/**
 * The JSON document an expression produces, with unknown parts in place: `jsonencode(X)` gives X evaluated,
 * a JSON template (heredoc or quoted) is parsed after rendering, `data.aws_iam_policy_document.x.json` is
 * built from the data source's statements. undefined when it is not such a document.
 */
export function partialDocument(e: Expr, scope: Scope): TfValue | undefined {
  if (e.k === 'attr' && (e.name === 'json' || e.name === 'minified_json') && isPolicyDocumentRef(e.obj)) {
    const source = evaluateSafe(e.obj, scope);
    if (!isObject(source)) return undefined;
    const doc = policyDocument(source);
    return isUnknown(doc) ? undefined : doc;
  }
  if (e.k === 'call' && (e.name === 'jsonencode' || e.name === 'tostring') && e.args.length === 1) {
    if (e.name === 'tostring') return partialDocument(e.args[0]!, scope);
    const v = evaluateSafe(e.args[0]!, scope);
    return isUnknown(v) || !(isObject(v) || Array.isArray(v)) ? undefined : v;
  }
  if (e.k !== 'tpl') return undefined;
  const first = e.parts.find((p) => typeof p !== 'string' || p.trim() !== '');
  if (typeof first !== 'string' || !/^\s*[[{]/.test(first)) return undefined;
  try {
    return restoreUnknowns(JSON.parse(render(e.parts, scope)));
  } catch (error) {
    if (error instanceof GiveUp || error instanceof SyntaxError || error instanceof EvalError) return undefined;
    throw error;
  }
}
