import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-lambda-concurrency-limit',
  title: 'Lambda function has a concurrency limit',
  severity: 'low',
  aliases: ['CKV_AWS_115'],
  resourceTypes: ['aws_lambda_function'],
  description:
    'Reserved concurrency caps how many copies run at once, so a traffic spike or loop cannot exhaust the account limit or a downstream database.',
  remediation: `\`\`\`hcl
reserved_concurrent_executions = 50
\`\`\``,
  check: expectAt('reserved_concurrent_executions', atLeast(0), 'The function has no reserved concurrency limit', 'fail'),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name                  = "f"
  reserved_concurrent_executions = 10
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`,
      `resource "aws_lambda_function" "f" {
  function_name                  = "f"
  reserved_concurrent_executions = -1
}`,
    ],
  },
});
