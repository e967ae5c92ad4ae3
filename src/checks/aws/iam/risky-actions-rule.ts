// Identity-policy rules about sensitive action families (credentials exposure, data exfiltration,
// permissions management, privilege escalation) share one shape: those actions allowed on every
// resource ("*") are a finding. The families themselves live in ../../iam-actions.
import type { CheckFn } from '../../types';
import { allowedOnAnyResource, identityPolicies } from './sources';

/** Reports the first policy that allows any of `actions` on every resource, naming up to five of them. */
export function actionsOnAnyResourceCheck(actions: readonly string[]): CheckFn {
  return (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      const hit = allowedOnAnyResource(p.statements, actions);
      if (hit.length > 0)
        return {
          attribute: p.attribute,
          message: `The policy allows ${hit.slice(0, 5).join(', ')}${hit.length > 5 ? ', …' : ''} on every resource`,
        };
    }
  };
}

/** Remediation: scope `action` to a named resource. */
export function scopedActionRemediation(action: string): string {
  return `Limit the actions to named resources (or remove them):
\`\`\`hcl
statement {
  actions   = ["${action}"]
  resources = [aws_iam_policy.app.arn]
}
\`\`\``;
}

/** A policy document allowing `action` on `resource` (a quoted ARN or "*"). */
export function policyDocumentExample(action: string, resource: string): string {
  return `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["${action}"]
    resources = ["${resource}"]
  }
}`;
}

/** A managed policy allowing whole sensitive services on every resource. */
export const SERVICE_WILDCARDS_POLICY = `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:*", "sts:*", "s3:*", "secretsmanager:*"], Resource = "*" }]
  })
}`;
