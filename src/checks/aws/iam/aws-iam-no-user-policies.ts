import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-no-user-policies',
  title: 'IAM policies are attached to groups or roles, not users',
  severity: 'low',
  aliases: ['CKV_AWS_40', 'AVD-AWS-0143'],
  legacyIds: ['aws-iam-no-user-attached-policies'],
  resourceTypes: ['aws_iam_user_policy', 'aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'],
  description: 'Permissions attached user by user drift apart and are hard to review; grant them through groups or roles.',
  remediation: `\`\`\`hcl
resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = aws_iam_policy.app.arn
}
\`\`\``,
  check: (res) => {
    if (res.type !== 'aws_iam_policy_attachment') return { message: 'A policy is attached directly to an IAM user' };
    // A list naming users is a finding even when the names are references not known until apply.
    const users = res.attributes.users;
    if (Array.isArray(users) && users.length > 0) return { attribute: 'users', message: 'The policy attachment includes IAM users' };
  },
  examples: {
    good: [
      `resource "aws_iam_group_policy_attachment" "a" {
  group      = "devs"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
    ],
    bad: [
      `resource "aws_iam_user_policy_attachment" "a" {
  user       = "alice"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
      `resource "aws_iam_policy_attachment" "a" {
  name       = "x"
  users      = ["alice"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
      `resource "aws_iam_policy_attachment" "a" {
  name       = "x"
  users      = [aws_iam_user.alice.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`,
    ],
  },
});
