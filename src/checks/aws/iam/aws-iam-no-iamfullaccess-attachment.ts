import { defineRule } from '../../types';
import { strings } from '../../values';

const IAM_FULL_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/IAMFullAccess$/;

export default defineRule({
  id: 'aws-iam-no-iamfullaccess-attachment',
  title: 'The AWS IAMFullAccess policy is not attached',
  severity: 'high',
  aliases: ['CKV2_AWS_56'],
  resourceTypes: [
    'aws_iam_role_policy_attachment',
    'aws_iam_user_policy_attachment',
    'aws_iam_group_policy_attachment',
    'aws_iam_policy_attachment',
    'aws_iam_role',
    'aws_ssoadmin_managed_policy_attachment',
    'data.aws_iam_policy',
  ],
  description: 'IAMFullAccess allows every IAM action: whoever holds it can grant themselves (or anyone) AdministratorAccess.',
  remediation: `Attach a policy with only the IAM actions needed, on named resources:
\`\`\`hcl
resource "aws_iam_role_policy_attachment" "app" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.iam_read.arn
}
\`\`\``,
  check: (res) => {
    if (res.kind === 'data') {
      const name = res.attributes.name;
      const arn = res.attributes.arn;
      if (name === 'IAMFullAccess' || (typeof arn === 'string' && IAM_FULL_ACCESS.test(arn)))
        return {
          attribute: name === 'IAMFullAccess' ? 'name' : 'arn',
          message: 'The configuration looks up the IAMFullAccess managed policy',
        };
      return;
    }
    const attr =
      res.type === 'aws_iam_role'
        ? 'managed_policy_arns'
        : res.type === 'aws_ssoadmin_managed_policy_attachment'
          ? 'managed_policy_arn'
          : 'policy_arn';
    const arns = strings(res.attributes[attr] ?? null);
    if (arns?.some((a) => IAM_FULL_ACCESS.test(a))) return { attribute: attr, message: 'The IAMFullAccess managed policy is attached' };
  },
  examples: {
    good: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
}`,
    ],
    bad: [
      `resource "aws_iam_role_policy_attachment" "a" {
  role       = "app"
  policy_arn = "arn:aws:iam::aws:policy/IAMFullAccess"
}`,
      `data "aws_iam_policy" "iam" {
  name = "IAMFullAccess"
}`,
    ],
  },
});
