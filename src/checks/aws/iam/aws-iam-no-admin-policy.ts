import { defineRule } from '../../types';
import { IDENTITY_POLICY_TYPES, identityPolicies } from './sources';

export default defineRule({
  id: 'aws-iam-no-admin-policy',
  title: 'IAM policy does not grant full administrative privileges ("*" on "*")',
  severity: 'critical',
  aliases: ['CKV_AWS_62', 'CKV_AWS_1'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'A statement allowing Action "*" on Resource "*" makes its holder an administrator of the account.',
  remediation: `Grant only the actions and resources the principal needs:
\`\`\`hcl
data "aws_iam_policy_document" "app" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["\${aws_s3_bucket.data.arn}/*"]
  }
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== 'Allow' || s.hasCondition) continue;
        if (s.actions?.some((a) => a === '*' || a === '*:*') && s.resources?.includes('*')) {
          return { attribute: p.attribute, message: 'The policy allows every action on every resource' };
        }
      }
    }
  },
  examples: {
    good: [
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::data/*" }]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}`,
      `data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}`,
      `resource "aws_iam_role_policy" "p" {
  role   = "app"
  policy = <<JSON
{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
JSON
}`,
    ],
  },
});
