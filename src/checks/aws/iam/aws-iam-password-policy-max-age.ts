import { atLeast, atMost, expectAt, type Judge } from '../../dsl';

/** 0 means passwords never expire. */
const expiresWithin90Days: Judge = (v) => {
  const min = atLeast(1)(v);
  const max = atMost(90)(v);
  return min === undefined || max === undefined ? undefined : min && max;
};
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-password-policy-max-age',
  title: 'IAM password policy passwords expire within 90 days',
  severity: 'medium',
  aliases: ['CKV_AWS_9', 'AVD-AWS-0062'],
  legacyIds: ['aws-iam-set-max-password-age'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it passwords expire within 90 days.',
  remediation: `\`\`\`hcl
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
\`\`\``,
  check: expectAt('max_password_age', expiresWithin90Days, 'Passwords never expire or live longer than 90 days', 'fail'),
  examples: {
    good: [
      `resource "aws_iam_account_password_policy" "p" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 24
  max_password_age             = 90
}`,
    ],
    bad: [
      `resource "aws_iam_account_password_policy" "p" {
  max_password_age = 365
}`,
      `resource "aws_iam_account_password_policy" "p" {}`,
    ],
  },
});
