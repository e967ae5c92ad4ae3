import { defineRule } from '../../types';
import { CREDENTIALS_EXPOSURE_ACTIONS } from '../../iam-actions';
import { IDENTITY_POLICY_TYPES, allowedOnAnyResource, identityPolicies } from './sources';

export default defineRule({
  id: 'aws-iam-no-credentials-exposure',
  title: 'IAM policy does not allow credentials exposure',
  severity: 'high',
  aliases: ['CKV_AWS_287', 'CKV_AWS_107'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Actions that return credentials, tokens or passwords (iam:CreateAccessKey, sts:GetFederationToken, redshift:GetClusterCredentials, …) on every resource let the holder mint access for itself or others.',
  remediation: `Limit the actions to named resources (or remove them):
\`\`\`hcl
statement {
  actions   = ["iam:CreateAccessKey"]
  resources = [aws_iam_policy.app.arn]
}
\`\`\``,
  check: (res) => {
    for (const p of identityPolicies(res)) {
      const hit = allowedOnAnyResource(p.statements, CREDENTIALS_EXPOSURE_ACTIONS);
      if (hit.length > 0)
        return {
          attribute: p.attribute,
          message: `The policy allows ${hit.slice(0, 5).join(', ')}${hit.length > 5 ? ', …' : ''} on every resource`,
        };
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["iam:CreateAccessKey"]
    resources = ["arn:aws:iam::123456789012:policy/app"]
  }
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["iam:CreateAccessKey"]
    resources = ["*"]
  }
}`,
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:*", "sts:*", "s3:*", "secretsmanager:*"], Resource = "*" }]
  })
}`,
    ],
  },
});
