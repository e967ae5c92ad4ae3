// Identity policies (what a principal may do), in every Terraform form: aws_iam_policy and the
// inline role/user/group policies (JSON or jsonencode), inline_policy blocks of aws_iam_role, IAM
// Identity Center permission-set inline policies, and data.aws_iam_policy_document. Documents referenced from a policy resource are checked once, on
// the data source itself. Statements naming principals belong to resource or trust policies and
// are left to the rules for those.
import type { TfResource } from '../../../terraform/model';
import type { RuleContext } from '../../context';
import { allowsAction, onAnyResource, policyStatements, statementsOfDocument, statementsOfJson, type Statement } from '../../policy';
import { blocks } from '../../values';

export const IDENTITY_POLICY_TYPES = [
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role',
  'aws_ssoadmin_permission_set_inline_policy',
  'data.aws_iam_policy_document',
];

export interface PolicySource {
  attribute: string;
  statements: Statement[];
}

/** Resources whose policy argument is an identity policy (not aws_iam_role, whose assume_role_policy names principals). */
const IDENTITY_POLICY_ARGUMENTS: readonly [string, string][] = [
  ['aws_iam_policy', 'policy'],
  ['aws_iam_role_policy', 'policy'],
  ['aws_iam_user_policy', 'policy'],
  ['aws_iam_group_policy', 'policy'],
  ['aws_ssoadmin_permission_set_inline_policy', 'inline_policy'],
];

const DOCUMENT_REF = /(?:^|[^\w.])(data\.aws_iam_policy_document\.[A-Za-z_][\w-]*)/g;

/** Is this policy document the policy of an identity-policy resource (`policy = data.aws_iam_policy_document.x.json`)? */
function usedAsIdentityPolicy(doc: TfResource, ctx: RuleContext): boolean {
  // Documents named by identity-policy arguments, as "<root>|<module path>|data.aws_iam_policy_document.<name>"; once per scan.
  const named = ctx.memo('iam:identity-policy-documents', () => {
    const set = new Set<string>();
    for (const [type, arg] of IDENTITY_POLICY_ARGUMENTS)
      for (const r of ctx.ofType(type))
        for (const m of (r.expressions?.[arg] ?? '').matchAll(DOCUMENT_REF)) set.add(`${r.rootDir ?? ''}|${r.modulePath}|${m[1]}`);
    return set;
  });
  return named.has(`${doc.rootDir ?? ''}|${doc.modulePath}|data.${doc.type}.${doc.name}`);
}

export function identityPolicies(res: TfResource, ctx?: RuleContext): PolicySource[] {
  const out: PolicySource[] = [];
  const identityOnly = (list: Statement[]) => list.filter((s) => s.principals !== undefined && s.principals.length === 0);
  if (res.kind === 'data') {
    if (res.type !== 'aws_iam_policy_document') return out;
    const s = statementsOfDocument(res);
    // A document used as an identity policy is judged whole: a statement naming principals there is refused by IAM,
    // but what it means to grant is plain.
    if (s) out.push({ attribute: 'statement', statements: ctx && usedAsIdentityPolicy(res, ctx) ? s : identityOnly(s) });
    return out;
  }
  if (res.type === 'aws_iam_role') {
    for (const b of blocks(res.attributes.inline_policy) ?? []) {
      const s = statementsOfJson(b.policy);
      if (s) out.push({ attribute: 'inline_policy', statements: identityOnly(s) });
    }
    return out;
  }
  // Not following data.aws_iam_policy_document references here: the document is checked itself.
  const attribute = res.type === 'aws_ssoadmin_permission_set_inline_policy' ? 'inline_policy' : 'policy';
  const s = policyStatements(res, attribute);
  if (s) out.push({ attribute, statements: identityOnly(s) });
  return out;
}

/** Actions from `wanted` allowed on every resource ("*") by some statement. */
export function allowedOnAnyResource(statements: Statement[], wanted: readonly string[]): string[] {
  const hit = new Set<string>();
  for (const s of statements) {
    if (s.effect !== 'Allow' || onAnyResource(s) !== true) continue;
    for (const a of wanted) if (allowsAction(s, a) === true) hit.add(a);
  }
  return wanted.filter((a) => hit.has(a));
}
