import { isUnknown, type TfResource } from '../../../terraform/model';
import { parsePolicyJson, staticJsonTemplate, staticJsonencode } from '../../static-json';
import { defineRule } from '../../types';
import { blocks, isObject, strings } from '../../values';

const GITHUB_PROVIDER = 'token.actions.githubusercontent.com';
/** The subject claim key, also with an enterprise slug ("token.actions.githubusercontent.com/acme:sub"). */
const SUB_KEY = /^token\.actions\.githubusercontent\.com(?:\/[A-Za-z0-9_-]+)?:sub$/i;
/** Claims anyone can choose from their own repository: a subject starting with them trusts every repository. */
const ABUSABLE_CLAIMS = ['workflow', 'environment', 'ref', 'context', 'head_ref', 'base_ref'];
const REPO = /^(\$\{)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*(\})?\/[^/]+/;

/** One trust statement: does it trust GitHub's OIDC provider, and its sub-claim condition values (undefined: unknown). */
interface Trust {
  github: boolean | undefined;
  subValues: string[] | undefined;
  hasSub: boolean;
}

/** Why a subject value trusts too much, or undefined when it is scoped to a repository. */
function unsafeSubject(value: string): string | undefined {
  if (value === '*') return 'any repository ("*")';
  const parts = value.split(':');
  if (parts.length === 1) return `"${value}" names no claim`;
  if (parts[1] === '*') return `"${value}" matches any ${parts[0]}`;
  if (ABUSABLE_CLAIMS.some((c) => parts[0]!.startsWith(c)))
    return `"${value}" starts with the "${parts[0]}" claim, which any repository can match`;
  if (parts[0] === 'repo' && !REPO.test(parts[1]!)) return `"${value}" names no owner/repository`;
  return undefined;
}

function jsonTrusts(doc: unknown): Trust[] | undefined {
  if (!isObject(doc as never)) return undefined;
  const raw = (doc as Record<string, unknown>).Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: Trust[] = [];
  for (const s of list) {
    if (!isObject(s as never)) return undefined;
    const st = s as Record<string, unknown>;
    if (String(st.Effect ?? 'Allow').toLowerCase() === 'deny') continue;
    const principal = st.Principal;
    let github: boolean | undefined = false;
    if (isObject(principal as never)) {
      const fed = (principal as Record<string, unknown>).Federated;
      const ids = Array.isArray(fed) ? fed : fed === undefined ? [] : [fed];
      if (ids.some((i) => typeof i === 'string' && i.includes(GITHUB_PROVIDER))) github = true;
      else if (ids.some((i) => typeof i !== 'string')) github = undefined;
    }
    const cond = st.Condition;
    const subValues: string[] = [];
    let hasSub = false;
    let unknown = false;
    let mentionsGithub = false;
    if (isObject(cond as never)) {
      for (const body of Object.values(cond as Record<string, unknown>)) {
        if (!isObject(body as never)) continue;
        for (const [key, values] of Object.entries(body as Record<string, unknown>)) {
          if (key.toLowerCase().startsWith(GITHUB_PROVIDER)) mentionsGithub = true;
          if (!SUB_KEY.test(key)) continue;
          hasSub = true;
          const vs = Array.isArray(values) ? values : [values];
          for (const v of vs) {
            if (typeof v === 'string') subValues.push(v);
            else unknown = true;
          }
        }
      }
    } else if (cond !== undefined && cond !== null) unknown = true;
    if (github === false && mentionsGithub) github = true;
    out.push({ github, subValues: unknown ? undefined : subValues, hasSub: hasSub || unknown });
  }
  return out;
}

function documentTrusts(doc: TfResource): Trust[] | undefined {
  const list = blocks(doc.attributes.statement);
  if (!list) return undefined;
  const out: Trust[] = [];
  for (const s of list) {
    if (typeof s.effect === 'string' && s.effect.toLowerCase() === 'deny') continue;
    let github: boolean | undefined = false;
    for (const p of blocks(s.principals) ?? []) {
      const ids = strings(p.identifiers ?? null);
      if (ids === undefined) github = github || undefined;
      else if (ids.some((i) => i.includes(GITHUB_PROVIDER))) github = true;
    }
    const conds = blocks(s.condition);
    if (conds === undefined) {
      out.push({ github, subValues: undefined, hasSub: true });
      continue;
    }
    const subValues: string[] = [];
    let hasSub = false;
    let unknown = false;
    for (const c of conds) {
      const variable = typeof c.variable === 'string' ? c.variable : undefined;
      if (variable === undefined) {
        unknown = true;
        continue;
      }
      if (variable.toLowerCase().startsWith(GITHUB_PROVIDER) && github === false) github = true;
      if (!SUB_KEY.test(variable)) continue;
      hasSub = true;
      const vs = strings(c.values ?? null);
      if (vs === undefined) unknown = true;
      else subValues.push(...vs);
    }
    out.push({ github, subValues: unknown ? undefined : subValues, hasSub: hasSub || unknown });
  }
  return out;
}

function roleTrusts(res: TfResource): Trust[] | undefined {
  const v = res.attributes.assume_role_policy;
  let doc: unknown;
  if (typeof v === 'string') {
    try {
      doc = parsePolicyJson(v);
    } catch {
      return undefined;
    }
  } else if (v !== undefined && v !== null && !isUnknown(v)) doc = v;
  else {
    const expr = res.expressions?.assume_role_policy;
    const literal = staticJsonencode(expr) ?? staticJsonTemplate(expr);
    if (literal === undefined) return undefined;
    if (typeof literal === 'string') {
      try {
        doc = parsePolicyJson(literal);
      } catch {
        return undefined;
      }
    } else doc = literal;
  }
  return jsonTrusts(doc);
}

export default defineRule({
  id: 'aws-iam-github-oidc-subject',
  title: 'Roles trusted by GitHub Actions OIDC are limited to named repositories',
  severity: 'critical',
  aliases: ['CKV_AWS_393', 'CKV_AWS_358'],
  resourceTypes: ['aws_iam_role', 'data.aws_iam_policy_document'],
  description:
    'A trust policy for token.actions.githubusercontent.com must constrain the "sub" claim to your repositories ("repo:owner/name:…"). ' +
    'Without it, or with "*", "repo:*" or a claim any repository can choose (workflow, environment, ref…), a workflow in anyone’s GitHub repository can assume the role.',
  remediation: `\`\`\`hcl
condition {
  test     = "StringLike"
  variable = "token.actions.githubusercontent.com:sub"
  values   = ["repo:my-org/my-repo:ref:refs/heads/main"]
}
condition {
  test     = "StringEquals"
  variable = "token.actions.githubusercontent.com:aud"
  values   = ["sts.amazonaws.com"]
}
\`\`\``,
  check: (res) => {
    const trusts = res.kind === 'data' ? documentTrusts(res) : roleTrusts(res);
    const attribute = res.kind === 'data' ? 'statement' : 'assume_role_policy';
    for (const t of trusts ?? []) {
      if (t.github !== true) continue;
      if (!t.hasSub)
        return { attribute, message: 'Any GitHub repository can assume the role: the trust policy does not constrain the "sub" claim' };
      if (t.subValues === undefined) continue;
      for (const v of t.subValues) {
        const why = unsafeSubject(v);
        if (why) return { attribute, message: `GitHub workflows outside your repositories can assume the role: sub condition ${why}` };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "gh" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:acme/app:ref:refs/heads/main"]
    }
  }
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:acme/*" } }
    }]
  })
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "gh" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:*" } }
    }]
  })
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "environment:production" } }
    }]
  })
}`,
    ],
  },
});
