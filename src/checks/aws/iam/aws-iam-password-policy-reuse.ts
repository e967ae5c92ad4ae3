import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-password-policy-reuse',
  title: 'IAM password policy prevents password reuse (24 remembered)',
  severity: 'medium',
  aliases: ['CKV_AWS_13', 'AVD-AWS-0056'],
  legacyIds: ['aws-iam-no-password-reuse'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description: 'The account password policy should follow the CIS AWS Foundations benchmark: it prevents password reuse (24 remembered).',
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
  check: expectAt('password_reuse_prevention', atLeast(24), 'Password reuse is not prevented (fewer than 24 remembered)', 'fail'),
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
  password_reuse_prevention = 3
}`,
      `resource "aws_iam_account_password_policy" "p" {}`,
    ],
  },
});
