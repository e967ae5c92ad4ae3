import { policyStatements } from '../../policy';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sqs-policy-no-wildcard-actions',
  title: 'SQS queue policy does not allow all actions',
  severity: 'high',
  aliases: ['CKV_AWS_72', 'AVD-AWS-0097'],
  legacyIds: ['aws-sqs-no-wildcards-in-policy-documents'],
  resourceTypes: ['aws_sqs_queue_policy', 'aws_sqs_queue'],
  description: 'An Allow statement with "*" or "sqs:*" lets its principals also purge, delete and re-permission the queue.',
  remediation: `\`\`\`hcl
actions = ["sqs:SendMessage"]
\`\`\``,
  check: (res, ctx) => {
    for (const s of policyStatements(res, 'policy', ctx) ?? []) {
      if (s.effect === 'Allow' && s.actions?.some((a) => a === '*' || a.toLowerCase() === 'sqs:*'))
        return { attribute: 'policy', message: 'The queue policy allows every SQS action' };
    }
  },
  examples: {
    good: [
      `resource "aws_sqs_queue_policy" "p" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "sns.amazonaws.com" }, Action = "sqs:SendMessage", Resource = "*" }]
  })
}`,
    ],
    bad: [
      `resource "aws_sqs_queue_policy" "p" {
  queue_url = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sqs:*", Resource = "*" }]
  })
}`,
    ],
  },
});
