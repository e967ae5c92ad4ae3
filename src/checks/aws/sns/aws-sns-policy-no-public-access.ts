import { defineRule } from '../../types';
import { publicPolicyIssue } from '../policy-rule';

export default defineRule({
  id: 'aws-sns-policy-no-public-access',
  title: 'SNS topic policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_169'],
  resourceTypes: ['aws_sns_topic_policy', 'aws_sns_topic'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the topic.',
  remediation: `Name the accounts or services that need access, or add a narrowing condition:
\`\`\`hcl
statement {
  actions = ["sns:Publish"]
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::123456789012:root"]
  }
}
\`\`\``,
  check: (res, ctx) => publicPolicyIssue(res, 'policy', ctx, 'topic'),
  examples: {
    good: [
      `resource "aws_sns_topic_policy" "p" {
  arn = "arn:aws:sns:us-east-1:123456789012:events"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sns:Publish", Resource = "*" }]
  })
}`,
      `resource "aws_sns_topic_policy" "p" {
  arn = "arn:aws:sns:us-east-1:123456789012:events"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_sns_topic_policy" "p" {
  arn = "arn:aws:sns:us-east-1:123456789012:events"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "sns:Publish", Resource = "*" }]
  })
}`,
    ],
  },
});
