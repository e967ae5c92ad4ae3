import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-no-users',
  title: 'People sign in through IAM Identity Center (SSO), not IAM users',
  severity: 'low',
  aliases: ['CKV_AWS_273'],
  resourceTypes: ['aws_iam_user'],
  description:
    'IAM users carry long-lived passwords and access keys that must be rotated and revoked by hand. Identity Center (or a federated role) gives short-lived credentials tied to your identity provider. A machine user that truly needs keys can keep its finding suppressed with that reason.',
  remediation: `Grant access through IAM Identity Center permission sets, or a role assumed with OIDC for CI:

\`\`\`hcl
resource "aws_ssoadmin_permission_set" "developers" {
  name         = "Developers"
  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]
}
\`\`\``,
  check: () => ({ message: 'An IAM user is declared; use IAM Identity Center or a federated role' }),
  examples: {
    good: [
      `resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = "{}"
}`,
    ],
    bad: [
      `resource "aws_iam_user" "u" {
  name = "alice"
}`,
    ],
  },
});
