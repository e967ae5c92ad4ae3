// IAM policy documents, whatever their Terraform form: a JSON string (heredoc, file, jsonencode
// evaluated by the loader), an object, or a data.aws_iam_policy_document's statement blocks.
// Parts that cannot be known stay undefined, and rules skip them.
import { isUnknown, type TfResource, type TfValue } from '../terraform/model';
import type { RuleContext } from './context';
import { parsePolicyJson, staticJsonTemplate, staticJsonencode } from './static-json';
import { blocks, strings } from './values';

export interface Principal {
  /** AWS, Service, Federated, CanonicalUser or "*" (Principal: "*"). */
  type: string;
  ids: string[];
}

export interface Statement {
  effect: 'Allow' | 'Deny';
  /** undefined: unknowable. */
  actions: string[] | undefined;
  notActions: string[] | undefined;
  resources: string[] | undefined;
  notResources: string[] | undefined;
  principals: Principal[] | undefined;
  notPrincipals: Principal[] | undefined;
  /** Does the statement carry any condition? */
  hasCondition: boolean;
  /** Condition operators and keys (lowercased "operator:key"), for rules that accept narrowing conditions. */
  conditionKeys: string[];
}

/** Statements of a JSON policy value; undefined when the document cannot be known or read. */
export function statementsOfJson(value: TfValue | undefined): Statement[] | undefined {
  if (value === undefined || value === null || isUnknown(value)) return undefined;
  let doc: unknown = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      doc = parsePolicyJson(value);
    } catch {
      return undefined;
    }
  }
  if (!isPlain(doc)) return undefined;
  const raw = doc.Statement ?? doc.statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: Statement[] = [];
  for (const s of list) {
    if (!isPlain(s)) return undefined;
    // A statement whose effect cannot be known can neither allow nor deny for sure.
    if (typeof s.Effect === 'symbol') continue;
    const cond = s.Condition;
    out.push({
      effect: String(s.Effect ?? 'Allow').toLowerCase() === 'deny' ? 'Deny' : 'Allow',
      actions: jsonList(s.Action),
      notActions: jsonList(s.NotAction),
      resources: jsonList(s.Resource),
      notResources: jsonList(s.NotResource),
      principals: jsonPrincipals(s.Principal),
      notPrincipals: jsonPrincipals(s.NotPrincipal),
      hasCondition: typeof cond === 'symbol' || (isPlain(cond) && Object.keys(cond).length > 0),
      conditionKeys: isPlain(cond) ? conditionKeysOf(cond) : [],
    });
  }
  return out;
}

/** Statements of a data.aws_iam_policy_document. */
export function statementsOfDocument(doc: TfResource): Statement[] | undefined {
  const list = blocks(doc.attributes.statement);
  if (!list) return undefined;
  return list.map((s) => {
    const effect = s.effect;
    const condBlocks = blocks(s.condition);
    const conds = condBlocks ?? [];
    return {
      effect: typeof effect === 'string' && effect.toLowerCase() === 'deny' ? 'Deny' : 'Allow',
      actions: optList(s.actions),
      notActions: optList(s.not_actions),
      resources: optList(s.resources),
      notResources: optList(s.not_resources),
      principals: docPrincipals(s.principals),
      notPrincipals: docPrincipals(s.not_principals),
      // An unknowable condition may narrow the statement: counted as present.
      hasCondition: condBlocks === undefined ? true : conds.length > 0,
      conditionKeys: conds
        .filter((c) => !matchesAnyone(String(c.variable ?? ''), strings(c.values ?? null)))
        .map((c) => `${String(c.test ?? '').toLowerCase()}:${String(c.variable ?? '').toLowerCase()}`),
    } satisfies Statement;
  });
}

/**
 * Statements of a policy argument. A known JSON value is read directly; a reference to a
 * data.aws_iam_policy_document's json in the same module is followed when `follow` is set.
 */
export function policyStatements(res: TfResource, attr: string, ctx?: RuleContext): Statement[] | undefined {
  const value = res.attributes[attr];
  if (value !== undefined && !isUnknown(value)) return statementsOfJson(value);
  const expr = res.expressions?.[attr];
  const literal = staticJsonencode(expr) ?? staticJsonTemplate(expr);
  if (literal !== undefined) return statementsOfJson(literal);
  if (!ctx) return undefined;
  // data.aws_iam_policy_document.x.json, and with count/for_each: x[0].json, x["k"].json,
  // x[count.index].json / x[each.key].json (the instance with this resource's own index).
  const m = expr
    ? /data\.aws_iam_policy_document\.([\w-]+)(?:\[\s*(\d+|"[^"]*"|count\.index|each\.key)\s*\])?\.(json|minified_json)\b/.exec(expr)
    : null;
  if (!m) return undefined;
  const docs = ctx.inModuleOf(res, `data.aws_iam_policy_document.${m[1]}`);
  const key = m[2];
  if (key === undefined) return docs.length === 1 ? statementsOfDocument(docs[0]!) : undefined;
  const wanted = key === 'count.index' || key === 'each.key' ? res.index : /^\d+$/.test(key) ? Number(key) : key.slice(1, -1);
  if (wanted === undefined) return undefined;
  const doc = docs.find((d) => d.index === wanted || (d.index !== undefined && String(d.index) === String(wanted) && !d.indexUnknown));
  // One instance standing for an unknown count: its statements are those of every instance.
  const only = docs.length === 1 && docs[0]!.indexUnknown ? docs[0] : undefined;
  const chosen = doc ?? only;
  return chosen ? statementsOfDocument(chosen) : undefined;
}

// ---- action matching -------------------------------------------------------------------------

/** An IAM action pattern (* and ?) as a regular expression over lower-case action names. */
export function actionGlob(pattern: string): RegExp {
  const p = pattern
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${p}$`);
}

/** IAM action globbing (case-insensitive, * and ?). */
export function actionMatches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  if (!p.includes('*') && !p.includes('?')) return p === a;
  return actionGlob(p).test(a);
}

/** Does an Allow statement allow `action`? undefined when its actions cannot be known. */
export function allowsAction(s: Statement, action: string): boolean | undefined {
  if (s.effect !== 'Allow') return false;
  if (s.actions !== undefined && s.actions.length > 0) return s.actions.some((p) => actionMatches(p, action));
  if (s.notActions !== undefined && s.notActions.length > 0) return !s.notActions.some((p) => actionMatches(p, action));
  if (s.actions === undefined || s.notActions === undefined) return undefined;
  return false;
}

/** Does the statement apply to every resource ("*")? */
export function onAnyResource(s: Statement): boolean | undefined {
  if (s.notResources !== undefined && s.notResources.length > 0) return true;
  if (s.resources === undefined) return undefined;
  return s.resources.includes('*');
}

/** Is a principal "everyone" (Principal "*", AWS "*", or an AWS ARN in any account: "arn:aws:iam::*:role/x")? */
export function isPublicPrincipal(p: Principal): boolean {
  if (p.type !== '*' && p.type.toLowerCase() !== 'aws') return false;
  return p.ids.some((id) => id === '*' || (id.startsWith('arn:') && id.split(':')[4] === '*'));
}

export function hasPublicPrincipal(s: Statement): boolean | undefined {
  if (s.principals === undefined) return undefined;
  return s.principals.some(isPublicPrincipal);
}

/** Conditions that narrow a public principal to an account, organisation, VPC, source or IP. */
const NARROWING_KEYS = [
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceowner',
  'aws:principalorgid',
  'aws:principalaccount',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'aws:principalarn',
  'aws:userid',
  'aws:principalorgpaths',
  'kms:calleraccount',
  'kms:viaservice',
  'aws:resourceorgid',
];

export function isNarrowedByCondition(s: Statement): boolean {
  return s.conditionKeys.some((k) => NARROWING_KEYS.some((n) => k.endsWith(`:${n}`)));
}

// ---- helpers ---------------------------------------------------------------------------------

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonList(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
  return undefined;
}

function jsonPrincipals(v: unknown): Principal[] | undefined {
  if (v === undefined || v === null) return [];
  if (v === '*') return [{ type: '*', ids: ['*'] }];
  // Not IAM grammar, but seen in the wild (and read by Checkov): a bare list, public when it holds "*".
  if (Array.isArray(v)) {
    const list = jsonList(v);
    return list && [{ type: '*', ids: list }];
  }
  if (!isPlain(v)) return undefined;
  const out: Principal[] = [];
  for (const [type, ids] of Object.entries(v)) {
    const list = jsonList(ids);
    if (!list) return undefined;
    out.push({ type, ids: list });
  }
  return out;
}

function conditionKeysOf(cond: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [op, body] of Object.entries(cond)) {
    if (!isPlain(body)) continue;
    for (const [key, values] of Object.entries(body)) {
      if (!matchesAnyone(key, jsonList(values))) out.push(`${op.toLowerCase()}:${key.toLowerCase()}`);
    }
  }
  return out;
}

/**
 * A condition whose every value is a wildcard narrows nothing: "*", or an ARN whose account is
 * "*" or empty ("arn:aws:iam::*"). Unknown values are assumed to narrow (tri-state: never flagged).
 */
function matchesAnyone(key: string, values: string[] | undefined): boolean {
  if (values === undefined || values.length === 0) return false;
  const arnKey = /arn$/i.test(key);
  return values.every((v) => {
    const t = v.trim();
    if (t === '*') return true;
    if (!arnKey || !t.startsWith('arn:')) return false;
    const account = t.split(':')[4];
    return account === undefined || account === '' || account === '*';
  });
}

function optList(v: TfValue | undefined): string[] | undefined {
  if (v === undefined || v === null) return [];
  return strings(v);
}

function docPrincipals(v: TfValue | undefined): Principal[] | undefined {
  const list = blocks(v);
  if (!list) return undefined;
  const out: Principal[] = [];
  for (const p of list) {
    const type = p.type;
    const ids = strings(p.identifiers ?? null);
    if (typeof type !== 'string' || !ids) return undefined;
    out.push({ type, ids });
  }
  return out;
}
