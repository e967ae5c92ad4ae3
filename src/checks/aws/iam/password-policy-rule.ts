// The CIS password-policy rules each judge one argument of aws_iam_account_password_policy. They
// share the remediation (the whole strict policy), the good example and the "unset" bad example.
// Rule files import this module as a namespace: passwordPolicy.check(...), passwordPolicy.STRICT.
import { expectAt, type Judge } from '../../dsl';
import type { CheckFn } from '../../types';

/** An omitted argument falls back to AWS's lax default, so it fails. */
export function check(argument: string, judge: Judge, message: string): CheckFn {
  return expectAt(argument, judge, message, 'fail');
}

/** The CIS settings, as HCL expressions; users changing their own password is not itself a CIS check. */
const CIS_SETTINGS: [string, string][] = [
  ['minimum_password_length', '14'],
  ['require_lowercase_characters', 'true'],
  ['require_uppercase_characters', 'true'],
  ['require_numbers', 'true'],
  ['require_symbols', 'true'],
  ['password_reuse_prevention', '24'],
  ['max_password_age', '90'],
];

function passwordPolicyHcl(name: string, settings: [string, string][]): string {
  const width = Math.max(...settings.map(([k]) => k.length));
  const lines = settings.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`);
  return [`resource "aws_iam_account_password_policy" "${name}" {`, ...lines, '}'].join('\n');
}

export const REMEDIATION = `\`\`\`hcl
${passwordPolicyHcl('strict', [...CIS_SETTINGS, ['allow_users_to_change_password', 'true']])}
\`\`\``;

/** A policy meeting every CIS requirement. */
export const STRICT = passwordPolicyHcl('p', CIS_SETTINGS);

/** A policy that sets nothing. */
export const EMPTY = 'resource "aws_iam_account_password_policy" "p" {}';

/** A policy setting only `argument` to `value` (an HCL expression). */
export function withSetting(argument: string, value: string): string {
  return `resource "aws_iam_account_password_policy" "p" {\n  ${argument} = ${value}\n}`;
}
