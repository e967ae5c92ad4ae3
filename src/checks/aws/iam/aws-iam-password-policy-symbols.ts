import { isTrue, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-password-policy-symbols',
  title: 'IAM password policy requires a symbol',
  severity: 'medium',
  aliases: ['CKV_AWS_14', 'AVD-AWS-0060'],
  legacyIds: ['aws-iam-require-symbols-in-passwords'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it requires a symbol.',
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
  check: expectAt('require_symbols', isTrue, 'Passwords need not contain a symbol', 'fail'),
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
  require_symbols = false
}`,
      `resource "aws_iam_account_password_policy" "p" {}`,
    ],
  },
});
