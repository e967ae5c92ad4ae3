import { defineRule } from '../../types';
import { publicPolicyIssue } from '../policy-rule';

export default defineRule({
  id: 'aws-kms-policy-no-public-principal',
  title: 'KMS key policy does not allow any principal',
  severity: 'critical',
  aliases: ['CKV_AWS_33'],
  resourceTypes: ['aws_kms_key'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the key.',
  remediation: `Name the accounts or services that need access, or add a narrowing condition:
\`\`\`hcl
statement {
  actions = ["kms:Decrypt"]
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::123456789012:root"]
  }
}
\`\`\``,
  check: (res, ctx) => publicPolicyIssue(res, 'policy', ctx, 'key'),
  examples: {
    good: [
      `resource "aws_kms_key" "p" {
  description = "data"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "kms:Decrypt", Resource = "*" }]
  })
}`,
      `resource "aws_kms_key" "p" {
  description = "data"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:Decrypt"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_kms_key" "p" {
  description = "data"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "kms:Decrypt", Resource = "*" }]
  })
}`,
    ],
  },
});
