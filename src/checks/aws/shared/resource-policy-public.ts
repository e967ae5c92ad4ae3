// Resource policies (topic, queue, repository, key, secret, bucket) share one rule shape: an Allow
// statement open to every principal and not narrowed by a condition is public. This module holds
// the shared check, remediation text and example builders; each rule keeps its own metadata.
// Rule files import this module as a namespace: resourcePolicy.publicCheck(...).
import type { CheckFn } from '../../types';
import { publicPolicyIssue } from '../policy-rule';

/** Reports the `policy` argument when it allows anyone; `what` names the resource in the message. */
export function publicCheck(what: string, attribute = 'policy'): CheckFn {
  return (res, ctx) => publicPolicyIssue(res, attribute, ctx, what);
}

/** Remediation: grant `action` to a named account instead of "*". */
export function namedPrincipalRemediation(action: string): string {
  return `Name the accounts or services that need access, or add a narrowing condition:
\`\`\`hcl
statement {
  actions = ["${action}"]
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::123456789012:root"]
  }
}
\`\`\``;
}

/** One policy statement for examples; every value is an HCL expression. Effect defaults to Allow, Resource to "*". */
export interface ExampleStatement {
  Effect?: string;
  Principal: string;
  Action: string;
  Resource?: string;
  Condition?: string;
}

export const ANY_PRINCIPAL = '"*"';
export const ACCOUNT_PRINCIPAL = '{ AWS = "arn:aws:iam::123456789012:root" }';
export const SOURCE_ACCOUNT_CONDITION = '{ StringEquals = { "aws:SourceAccount" = "123456789012" } }';

/** A `type` resource with `args` (name → HCL expression) and a jsonencode'd policy of one statement. */
export function policyResourceExample(type: string, args: Record<string, string>, statement: ExampleStatement): string {
  const fields: Record<string, string | undefined> = { Effect: '"Allow"', Resource: '"*"', ...statement };
  const body = ['Effect', 'Principal', 'Action', 'Resource', 'Condition']
    .filter((k) => fields[k] !== undefined)
    .map((k) => `      ${k.padEnd(9)} = ${fields[k]}`);
  return [
    `resource "${type}" "p" {`,
    ...Object.entries(args).map(([k, v]) => `  ${k} = ${v}`),
    '  policy = jsonencode({',
    '    Version   = "2012-10-17"',
    '    Statement = [{',
    ...body,
    '    }]',
    '  })',
    '}',
  ].join('\n');
}

/** Curried policyResourceExample: a builder of `type` resources with `args`, one per statement. */
export function exampleOf(type: string, args: Record<string, string>): (statement: ExampleStatement) => string {
  return (statement) => policyResourceExample(type, args, statement);
}

/** The statements a public-policy rule is tested with: a named account, "*" narrowed by a condition, and "*" alone. */
export function exampleStatements(action: string): { named: ExampleStatement; narrowed: ExampleStatement; open: ExampleStatement } {
  const Action = `"${action}"`;
  return {
    named: { Principal: ACCOUNT_PRINCIPAL, Action },
    narrowed: { Principal: ANY_PRINCIPAL, Action, Condition: SOURCE_ACCOUNT_CONDITION },
    open: { Principal: ANY_PRINCIPAL, Action },
  };
}
