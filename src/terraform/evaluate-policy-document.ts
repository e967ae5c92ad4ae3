// data "aws_iam_policy_document" is rendered by the AWS provider locally, without calling AWS, so its `json`
// is knowable from its arguments: statements become the IAM JSON document here, the way the provider writes
// it (single values as strings, principals and conditions grouped by type and test). Unknown parts stay
// UNKNOWN in the document; the `json` string is known only when the whole document is.
import { UNKNOWN, isUnknown, type TfValue } from './model';
import { containsUnknown, isObject, type TfObject } from './evaluate-values';

export const POLICY_DOCUMENT_TYPE = 'aws_iam_policy_document';

/** The provider's list arguments hold strings: numbers and bools given to them are written as strings. */
const asString = (v: TfValue): TfValue => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);

/** A list argument as the provider writes it: one element alone, several as a list. */
function single(v: TfValue | undefined): TfValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.length === 1 ? asString(v[0]!) : v.length ? v.map(asString) : undefined;
  return asString(v);
}

function blocks(v: TfValue | undefined): TfObject[] | typeof UNKNOWN {
  if (v === undefined || v === null) return [];
  if (isUnknown(v) || !Array.isArray(v)) return UNKNOWN;
  return v.filter(isObject);
}

function principals(v: TfValue | undefined): TfValue | undefined {
  const list = blocks(v);
  if (isUnknown(list)) return UNKNOWN;
  if (!list.length) return undefined;
  const out: TfObject = {};
  for (const p of list) {
    if (isUnknown(p.type) || typeof p.type !== 'string') return UNKNOWN;
    if (p.type === '*') return '*';
    const ids = p.identifiers;
    if (isUnknown(ids as TfValue)) out[p.type] = UNKNOWN;
    else {
      const prev = out[p.type];
      const merged = [...(Array.isArray(prev) ? prev : prev === undefined ? [] : [prev]), ...(Array.isArray(ids) ? ids : [ids as TfValue])];
      out[p.type] = single(merged as TfValue[]) ?? [];
    }
  }
  return out;
}

function conditions(v: TfValue | undefined): TfValue | undefined {
  const list = blocks(v);
  if (isUnknown(list)) return UNKNOWN;
  if (!list.length) return undefined;
  const out: Record<string, TfObject> = {};
  for (const c of list) {
    if (typeof c.test !== 'string' || typeof c.variable !== 'string') return UNKNOWN;
    (out[c.test] ??= {})[c.variable] = isUnknown(c.values as TfValue) ? UNKNOWN : (single(c.values) ?? []);
  }
  return out;
}

/**
 * Documents given as JSON strings (source_policy_documents, override_policy_documents and the older
 * source_json / override_json); UNKNOWN when one of them is unknown or not a JSON object.
 */
function jsonDocuments(...args: (TfValue | undefined)[]): TfObject[] | typeof UNKNOWN {
  const out: TfObject[] = [];
  for (const arg of args) {
    if (arg === undefined || arg === null) continue;
    for (const text of Array.isArray(arg) ? arg : [arg]) {
      if (text === null) continue;
      if (typeof text !== 'string') return UNKNOWN;
      try {
        const doc: unknown = JSON.parse(text);
        if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return UNKNOWN;
        out.push(doc as TfObject);
      } catch {
        return UNKNOWN;
      }
    }
  }
  return out;
}

/** The provider's merge: a statement with the Sid of an earlier one replaces it, any other is appended. */
function mergeStatements(into: TfValue[], statements: TfValue[]): void {
  for (const st of statements) {
    const sid = isObject(st) && typeof st.Sid === 'string' && st.Sid !== '' ? st.Sid : undefined;
    const at = sid === undefined ? -1 : into.findIndex((x) => isObject(x) && x.Sid === sid);
    if (at >= 0) into[at] = st;
    else into.push(st);
  }
}

const statementsOf = (doc: TfObject): TfValue[] =>
  Array.isArray(doc.Statement) ? doc.Statement : doc.Statement === undefined || doc.Statement === null ? [] : [doc.Statement];

function renderStatement(s: TfObject): TfObject {
  const out: TfObject = {};
  if (s.sid !== undefined && s.sid !== null && s.sid !== '') out.Sid = s.sid;
  out.Effect = s.effect ?? 'Allow';
  const fields: [string, TfValue | undefined][] = [
    ['Action', single(s.actions)],
    ['NotAction', single(s.not_actions)],
    ['Resource', single(s.resources)],
    ['NotResource', single(s.not_resources)],
    ['Principal', principals(s.principals)],
    ['NotPrincipal', principals(s.not_principals)],
    ['Condition', conditions(s.condition)],
  ];
  for (const [k, v] of fields) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The policy document of a data.aws_iam_policy_document, unknown parts in place. Source documents come
 * first, then this block's statements, then override documents, each merged by Sid as the provider does.
 */
export function policyDocument(attrs: TfObject): TfValue {
  const sources = jsonDocuments(attrs.source_json, attrs.source_policy_documents);
  const overrides = jsonDocuments(attrs.override_policy_documents, attrs.override_json);
  if (isUnknown(sources) || isUnknown(overrides)) return UNKNOWN;
  return mergedPolicyDocument(attrs, sources, overrides);
}

/** The document from this block's statements merged with source and override documents given as objects. */
export function mergedPolicyDocument(attrs: TfObject, sources: TfObject[], overrides: TfObject[]): TfValue {
  const statements = blocks(attrs.statement);
  if (isUnknown(statements)) return UNKNOWN;
  const merged: TfValue[] = [];
  let version: TfValue = '2012-10-17';
  let id: TfValue | undefined;
  for (const doc of sources) {
    mergeStatements(merged, statementsOf(doc));
    if (typeof doc.Version === 'string' && doc.Version) version = doc.Version;
    if (typeof doc.Id === 'string' && doc.Id) id = doc.Id;
  }
  mergeStatements(merged, statements.map(renderStatement));
  for (const doc of overrides) mergeStatements(merged, statementsOf(doc));
  const doc: TfObject = { Version: attrs.version ?? version };
  if (attrs.policy_id !== undefined && attrs.policy_id !== null) doc.Id = attrs.policy_id;
  else if (id !== undefined) doc.Id = id;
  doc.Statement = merged;
  return doc;
}

/** The `json` / `minified_json` attributes: known only when nothing in the document is unknown. */
export function policyDocumentAttributes(attrs: TfObject): { json: TfValue; minified_json: TfValue } {
  const doc = policyDocument(attrs);
  if (containsUnknown(doc)) return { json: UNKNOWN, minified_json: UNKNOWN };
  return { json: JSON.stringify(doc, null, 2), minified_json: JSON.stringify(doc) };
}
