import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-lambda-code-signing',
  title: 'Lambda function enforces code signing',
  severity: 'low',
  aliases: ['CKV_AWS_272'],
  resourceTypes: ['aws_lambda_function'],
  description: 'A code-signing configuration ensures only code signed by trusted publishers is deployed.',
  remediation: `\`\`\`hcl
code_signing_config_arn = aws_lambda_code_signing_config.this.arn
\`\`\``,
  check: expectAt('code_signing_config_arn', nonEmpty, 'The function has no code-signing configuration', 'fail'),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name           = "f"
  code_signing_config_arn = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-1"
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`,
    ],
  },
});
