import { defineRule } from '../../types';
import { IDENTITY_POLICY_TYPES, identityPolicies } from './sources';

const FULL_IAM = new Set(['*', '*:*', 'iam:*']);

export default defineRule({
  id: 'aws-iam-no-full-iam-access',
  title: 'IAM policy does not allow every IAM action ("iam:*")',
  severity: 'high',
  aliases: ['CKV2_AWS_40'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Allowing "iam:*" (or "*") lets the holder create users, attach any policy and edit trust policies — a path to full control of the account, whatever the rest of the policy says.',
  remediation: `List only the IAM actions the principal needs, on named resources:
\`\`\`hcl
statement {
  actions   = ["iam:GetRole", "iam:PassRole"]
  resources = [aws_iam_role.app.arn]
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== 'Allow') continue;
        const hit = s.actions?.find((a) => FULL_IAM.has(a.toLowerCase()));
        if (hit) return { attribute: p.attribute, message: `The policy allows every IAM action ("${hit}")` };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["iam:GetRole"]
    resources = ["arn:aws:iam::123456789012:role/app"]
  }
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["iam:*"]
    resources = ["arn:aws:iam::123456789012:role/app"]
  }
}`,
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "arn:aws:s3:::data" }]
  })
}`,
    ],
  },
});
