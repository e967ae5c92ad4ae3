import { defineRule } from '../../types';
import { publicPolicyIssue } from '../policy-rule';

export default defineRule({
  id: 'aws-sqs-policy-no-public-access',
  title: 'SQS queue policy does not allow public access',
  severity: 'critical',
  aliases: ['CKV_AWS_168', 'CKV_AWS_387'],
  resourceTypes: ['aws_sqs_queue_policy', 'aws_sqs_queue'],
  description:
    'An Allow statement with Principal "*" (or AWS "*") and no condition narrowing it to an account, organisation or source lets anyone on the internet use the queue.',
  remediation: `Name the accounts or services that need access, or add a narrowing condition:
\`\`\`hcl
statement {
  actions = ["sqs:SendMessage"]
  principals {
    type        = "AWS"
    identifiers = ["arn:aws:iam::123456789012:root"]
  }
}
\`\`\``,
  check: (res, ctx) => publicPolicyIssue(res, 'policy', ctx, 'queue'),
  examples: {
    good: [
      `resource "aws_sqs_queue_policy" "p" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sqs:SendMessage", Resource = "*" }]
  })
}`,
      `resource "aws_sqs_queue_policy" "p" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "*"
      Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_sqs_queue_policy" "p" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = "*" }]
  })
}`,
    ],
  },
});
