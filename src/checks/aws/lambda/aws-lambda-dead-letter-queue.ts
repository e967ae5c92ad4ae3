import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-lambda-dead-letter-queue',
  title: 'Lambda function has a dead-letter queue',
  severity: 'low',
  aliases: ['CKV_AWS_116'],
  resourceTypes: ['aws_lambda_function'],
  description: 'Failed asynchronous invocations are dropped unless a dead-letter queue (or destination) keeps them.',
  remediation: `\`\`\`hcl
dead_letter_config {
  target_arn = aws_sqs_queue.dlq.arn
}
\`\`\``,
  check: expectAt('dead_letter_config.target_arn', nonEmpty, 'The function has no dead-letter queue', 'fail'),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  dead_letter_config { target_arn = "arn:aws:sqs:us-east-1:123456789012:dlq" }
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`,
    ],
  },
});
