import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-user-no-console-login',
  title: 'IAM users managed by Terraform have no console password',
  severity: 'medium',
  aliases: ['CKV2_AWS_22'],
  resourceTypes: ['aws_iam_user'],
  description:
    'An aws_iam_user_login_profile gives the user a console password: a long-lived secret outside single sign-on, often without enforced MFA. ' +
    'People should sign in through IAM Identity Center (or a federated role); IAM users, if any, should be for programs.',
  remediation: `Remove the aws_iam_user_login_profile and give people access through IAM Identity Center:
\`\`\`hcl
resource "aws_ssoadmin_account_assignment" "dev" {
  # …
}
\`\`\``,
  check: (user, ctx) => {
    const { found } = ctx.linked(user, 'aws_iam_user_login_profile', 'user', ['name']);
    if (found.length > 0) return { message: `The IAM user has a console password (${found[0]!.address})` };
  },
  examples: {
    good: [
      `resource "aws_iam_user" "u" {
  name = "ci"
}
resource "aws_iam_access_key" "k" {
  user = aws_iam_user.u.name
}`,
    ],
    bad: [
      `resource "aws_iam_user" "u" {
  name = "alice"
}
resource "aws_iam_user_login_profile" "p" {
  user = aws_iam_user.u.name
}`,
    ],
  },
});
