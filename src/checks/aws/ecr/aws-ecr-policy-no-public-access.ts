import { defineRule } from '../../types';
import { publicPolicyIssue } from '../policy-rule';

export default defineRule({
  id: 'aws-ecr-policy-no-public-access',
  title: 'ECR repository policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_32', 'AVD-AWS-0032'],
  legacyIds: ['aws-ecr-no-public-access'],
  resourceTypes: ['aws_ecr_repository_policy'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the repository.',
  remediation: `Name the accounts or services that need access, or add a narrowing condition:
\`\`\`hcl
statement {
  actions = ["ecr:BatchGetImage"]
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::123456789012:root"]
  }
}
\`\`\``,
  check: (res, ctx) => publicPolicyIssue(res, 'policy', ctx, 'repository'),
  examples: {
    good: [
      `resource "aws_ecr_repository_policy" "p" {
  repository = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "ecr:BatchGetImage", Resource = "*" }]
  })
}`,
      `resource "aws_ecr_repository_policy" "p" {
  repository = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "ecr:BatchGetImage"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_ecr_repository_policy" "p" {
  repository = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "ecr:BatchGetImage", Resource = "*" }]
  })
}`,
    ],
  },
});
