// JSON documents (IAM policies, container definitions …) whose string value is UNKNOWN because one part is
// unknown — an ARN from another resource, an account id. The document's structure is usually literal, so it
// is rebuilt with the unknown parts left UNKNOWN in place: the statement's Action stays visible while its
// Resource is unknown. Nothing is guessed: a string that contains an unknown part is UNKNOWN as a whole.
import type { Expr, TemplatePart } from './expr/ast';
import { UNKNOWN, isUnknown, type TfValue } from './model';
import { BindingScope, evaluateSafe, type Scope } from './evaluate';
import { EvalError, containsUnknown, entries, isObject, isOpen, markOpen, toBool, toStr, type TfObject } from './evaluate-values';
import { POLICY_DOCUMENT_TYPE, mergedPolicyDocument, policyDocument } from './evaluate-policy-document';

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
    const doc = partialPolicies.get(source) ?? policyDocument(source);
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

/** Documents of data.aws_iam_policy_document instances whose `json` is unknown, by their attributes object. */
const partialPolicies = new WeakMap<object, TfValue>();

/** Stands for the json of a policy document known only in part while a merge list is evaluated. */
const DOC_MARK = '\uE001inframate-document-';
const DOC_MARK_RE = /^\uE001inframate-document-(\d+)\uE001$/;

/**
 * A scope in which `data.aws_iam_policy_document.X.json` of a document known only in part is a marker
 * string, so expressions that choose and combine documents (compact([cond ? a.json : "", …])) keep track
 * of which document went where.
 */
class DocumentMarkingScope implements Scope {
  readonly docs: TfValue[] = [];
  constructor(private readonly parent: Scope) {}
  ref(path: string[]): { value: TfValue; used: number } | undefined {
    const r = this.parent.ref(path);
    if (!r || path[0] !== 'data' || path[1] !== POLICY_DOCUMENT_TYPE) return r;
    return { value: this.mark(r.value), used: r.used };
  }
  readFile(path: string): string | undefined | typeof UNKNOWN {
    return this.parent.readFile ? this.parent.readFile(path) : UNKNOWN;
  }
  /** An instance's attributes (open objects), or a count list / for_each map of them. */
  private mark(v: TfValue): TfValue {
    if (Array.isArray(v)) return v.map((x) => this.mark(x));
    if (!isObject(v)) return v;
    if (!isOpen(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.mark(x)]));
    const doc = partialPolicies.get(v);
    if (doc === undefined) return v;
    const marker = `${DOC_MARK}${this.docs.push(doc) - 1}\uE001`;
    return markOpen({ ...v, json: marker, minified_json: marker });
  }
}

/** The documents a merge argument lists, from marker strings and JSON text; undefined when one cannot be known. */
function listedDocuments(v: TfValue, docs: TfValue[]): TfObject[] | undefined {
  if (v === null) return [];
  const out: TfObject[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    if (x === null) continue;
    if (typeof x !== 'string') return undefined;
    const m = DOC_MARK_RE.exec(x);
    let doc: unknown;
    try {
      doc = m ? docs[Number(m[1])] : JSON.parse(x);
    } catch {
      return undefined;
    }
    if (!isObject(doc as TfValue)) return undefined;
    out.push(doc as TfObject);
  }
  return out;
}

const MERGE_ARGUMENTS = [
  ['source_json', 'source_policy_documents'],
  ['override_policy_documents', 'override_json'],
] as const;

/**
 * Records the document of a policy-document instance whose `json` is unknown, unknown parts in place, so that
 * references to its json (a bucket policy, another document's source_policy_documents) can use it.
 * `expr` parses one raw argument of the block.
 */
export function rememberPartialPolicy(attributes: TfObject, expr: (name: string) => Expr | undefined, scope: Scope): void {
  const groups: TfObject[][] = [];
  for (const names of MERGE_ARGUMENTS) {
    const group: TfObject[] = [];
    for (const name of names) {
      const value = attributes[name];
      if (value === undefined || value === null) continue;
      let listed: TfObject[] | undefined;
      if (!containsUnknown(value)) listed = listedDocuments(value, []);
      else {
        const e = expr(name);
        const marking = new DocumentMarkingScope(scope);
        listed = e ? listedDocuments(evaluateSafe(e, marking), marking.docs) : undefined;
      }
      if (!listed) return;
      group.push(...listed);
    }
    groups.push(group);
  }
  const doc = mergedPolicyDocument(attributes, groups[0]!, groups[1]!);
  if (!isUnknown(doc)) partialPolicies.set(attributes, doc);
}
