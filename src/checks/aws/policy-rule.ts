// Resource policies (bucket, queue, topic, repository, key, secret): statements that allow anyone.
import type { TfResource } from '../../terraform/model';
import type { RuleContext } from '../context';
import { hasPublicPrincipal, isNarrowedByCondition, policyStatements, type Statement } from '../policy';
import type { Issue } from '../types';

/** Allow statements open to every principal, not narrowed by an account/organisation/source condition. */
export function publicStatements(res: TfResource, attr: string, ctx: RuleContext): Statement[] | undefined {
  const stmts = policyStatements(res, attr, ctx);
  if (!stmts) return undefined;
  return stmts.filter((s) => s.effect === 'Allow' && hasPublicPrincipal(s) === true && !isNarrowedByCondition(s));
}

export function publicPolicyIssue(res: TfResource, attr: string, ctx: RuleContext, what: string): Issue | undefined {
  const open = publicStatements(res, attr, ctx);
  if (!open || open.length === 0) return undefined;
  const actions = [...new Set(open.flatMap((s) => s.actions ?? []))];
  return {
    attribute: attr,
    message: `The ${what} policy allows ${actions.length ? actions.slice(0, 4).join(', ') : 'actions'} to any principal ("*")`,
  };
}
