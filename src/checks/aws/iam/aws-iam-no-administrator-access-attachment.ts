import { defineRule } from '../../types';
import { strings } from '../../values';

const ADMIN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

export default defineRule({
  id: 'aws-iam-no-administrator-access-attachment',
  title: 'The AWS AdministratorAccess policy is not attached',
  severity: 'high',
  aliases: ['CKV_AWS_274'],
  resourceTypes: [
    'aws_iam_role_policy_attachment',
    'aws_iam_user_policy_attachment',
    'aws_iam_group_policy_attachment',
    'aws_iam_policy_attachment',
    'aws_iam_role',
    'aws_ssoadmin_managed_policy_attachment',
  ],
  description: 'AdministratorAccess grants every action on every resource; workloads and people should get scoped policies.',
  remediation: `Attach a policy scoped to the job instead:
\`\`\`hcl
resource "aws_iam_role_policy_attachment" "app" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.app.arn
}
\`\`\``,
  check: (res) => {
    const attr =
      res.type === 'aws_iam_role'
        ? 'managed_policy_arns'
        : res.type === 'aws_ssoadmin_managed_policy_attachment'
          ? 'managed_policy_arn'
          : 'policy_arn';
    const arns = strings(res.attributes[attr] ?? null);
    if (arns?.some((a) => ADMIN.test(a))) return { attribute: attr, message: 'The AdministratorAccess managed policy is attached' };
  },
  examples: {
    good: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
    ],
    bad: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}`,
    ],
  },
});
