import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-password-policy-min-length',
  title: 'IAM password policy requires passwords of at least 14 characters',
  severity: 'medium',
  aliases: ['CKV_AWS_10', 'AVD-AWS-0063'],
  legacyIds: ['aws-iam-set-minimum-password-length'],
  resourceTypes: ['aws_iam_account_password_policy'],
  description:
    'The account password policy should follow the CIS AWS Foundations benchmark: it requires passwords of at least 14 characters.',
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
  check: expectAt('minimum_password_length', atLeast(14), 'The minimum password length is below 14', 'fail'),
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
  minimum_password_length = 8
}`,
      `resource "aws_iam_account_password_policy" "p" {}`,
    ],
  },
});
