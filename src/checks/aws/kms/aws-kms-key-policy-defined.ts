import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-kms-key-policy-defined',
  title: 'KMS key has an explicit key policy',
  severity: 'low',
  aliases: ['CKV2_AWS_64'],
  resourceTypes: ['aws_kms_key'],
  description:
    'Without a policy the key gets the default one, which lets any IAM principal of the account with kms:* permissions use and manage it.',
  remediation: `\`\`\`hcl
policy = data.aws_iam_policy_document.key.json
\`\`\``,
  check: expectAt('policy', nonEmpty, 'The key uses the default key policy'),
  examples: {
    good: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:*", Resource = "*" }]
  })
}`,
    ],
    bad: [`resource "aws_kms_key" "k" { enable_key_rotation = true }`],
  },
});
