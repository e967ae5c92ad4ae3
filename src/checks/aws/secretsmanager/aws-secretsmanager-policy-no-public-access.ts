import { defineRule } from '../../types';
import { publicPolicyIssue } from '../policy-rule';

export default defineRule({
  id: 'aws-secretsmanager-policy-no-public-access',
  title: 'Secrets Manager secret policy does not allow public access',
  severity: 'critical',
  aliases: [],
  resourceTypes: ['aws_secretsmanager_secret_policy'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the secret.',
  remediation: `Name the accounts or services that need access, or add a narrowing condition:
\`\`\`hcl
statement {
  actions = ["secretsmanager:GetSecretValue"]
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::123456789012:root"]
  }
}
\`\`\``,
  check: (res, ctx) => publicPolicyIssue(res, 'policy', ctx, 'secret'),
  examples: {
    good: [
      `resource "aws_secretsmanager_secret_policy" "p" {
  secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "secretsmanager:GetSecretValue", Resource = "*" }]
  })
}`,
      `resource "aws_secretsmanager_secret_policy" "p" {
  secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "secretsmanager:GetSecretValue"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_secretsmanager_secret_policy" "p" {
  secret_arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "secretsmanager:GetSecretValue", Resource = "*" }]
  })
}`,
    ],
  },
});
