// data "aws_iam_policy_document" is rendered by the AWS provider locally, without calling AWS, so its `json`
// is knowable from its arguments: statements become the IAM JSON document here, the way the provider writes
// it (single values as strings, principals and conditions grouped by type and test). Unknown parts stay
// UNKNOWN in the document; the `json` string is known only when the whole document is.
import { UNKNOWN, isUnknown, type TfValue } from './model';
import { containsUnknown, isObject, type TfObject } from './evaluate-values';

export const POLICY_DOCUMENT_TYPE = 'aws_iam_policy_document';

/** A list argument as the provider writes it: one element alone, several as a list. */
function single(v: TfValue | undefined): TfValue | undefined {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.length === 1 ? v[0]! : v.length ? v : undefined;
  return v;
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

/** The policy document of a data.aws_iam_policy_document, unknown parts in place. */
export function policyDocument(attrs: TfObject): TfValue {
  const merged = [attrs.source_policy_documents, attrs.override_policy_documents, attrs.source_json, attrs.override_json];
  // Merging other documents in is the provider's own algorithm; not modelled, so the result is unknown.
  if (merged.some((m) => m !== undefined && m !== null && !(Array.isArray(m) && m.length === 0))) return UNKNOWN;
  const statements = blocks(attrs.statement);
  if (isUnknown(statements)) return UNKNOWN;
  const doc: TfObject = { Version: attrs.version ?? '2012-10-17' };
  if (attrs.policy_id !== undefined && attrs.policy_id !== null) doc.Id = attrs.policy_id;
  doc.Statement = statements.map((s) => {
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
  });
  return doc;
}

/** The `json` / `minified_json` attributes: known only when nothing in the document is unknown. */
export function policyDocumentAttributes(attrs: TfObject): { json: TfValue; minified_json: TfValue } {
  const doc = policyDocument(attrs);
  if (containsUnknown(doc)) return { json: UNKNOWN, minified_json: UNKNOWN };
  return { json: JSON.stringify(doc, null, 2), minified_json: JSON.stringify(doc) };
}
