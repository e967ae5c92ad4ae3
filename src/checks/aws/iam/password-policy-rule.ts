// The CIS password-policy rules each judge one argument of aws_iam_account_password_policy. They
// share the remediation (the whole strict policy), the good example and the "unset" bad example.
import { expectAt, type Judge } from '../../dsl';
import type { CheckFn } from '../../types';

/** An omitted argument falls back to AWS's lax default, so it fails. */
export function passwordPolicyCheck(argument: string, judge: Judge, message: string): CheckFn {
  return expectAt(argument, judge, message, 'fail');
}

export const STRICT_PASSWORD_POLICY_REMEDIATION = `\`\`\`hcl
resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  password_reuse_prevention      = 24
  max_password_age               = 90
  allow_users_to_change_password = true
}
\`\`\``;

/** A policy meeting every CIS requirement. */
export const STRICT_PASSWORD_POLICY = `resource "aws_iam_account_password_policy" "p" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 24
  max_password_age             = 90
}`;

/** A policy that sets nothing. */
export const EMPTY_PASSWORD_POLICY = 'resource "aws_iam_account_password_policy" "p" {}';

/** A policy setting only `argument` to `value` (an HCL expression). */
export function passwordPolicyWith(argument: string, value: string): string {
  return `resource "aws_iam_account_password_policy" "p" {\n  ${argument} = ${value}\n}`;
}
