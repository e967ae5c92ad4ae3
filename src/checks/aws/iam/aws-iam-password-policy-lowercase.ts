import { isTrue, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-password-policy-lowercase',
  title: 'IAM password policy requires a lowercase letter',
  severity: 'medium',
  aliases: ['CKV_AWS_11', 'AVD-AWS-0058'],
  legacyIds: ['aws-iam-require-lowercase-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires a lowercase letter.',
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
  check: expectAt('require_lowercase_characters', isTrue, 'Passwords need not contain a lowercase letter', 'fail'),
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
  require_lowercase_characters = false
}`,
      `resource "aws_iam_account_password_policy" "p" {}`,
    ],
  },
});
