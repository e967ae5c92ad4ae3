import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-lambda-xray-tracing',
  title: 'Lambda function has X-Ray tracing',
  severity: 'low',
  aliases: ['CKV_AWS_50', 'AVD-AWS-0066'],
  legacyIds: ['aws-lambda-enable-tracing'],
  resourceTypes: ['aws_lambda_function'],
  description: 'Active tracing records each invocation and its downstream calls, to find errors and latency.',
  remediation: `\`\`\`hcl
tracing_config {
  mode = "Active"
}
\`\`\``,
  check: expectAt('tracing_config.mode', equals('Active', 'PassThrough'), 'X-Ray tracing is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "arn:aws:iam::123456789012:role/f"
  tracing_config { mode = "Active" }
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "arn:aws:iam::123456789012:role/f"
}`,
    ],
  },
});
