import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-lambda-url-auth',
  title: 'Lambda function URL requires IAM authentication',
  severity: 'high',
  aliases: ['CKV_AWS_258'],
  resourceTypes: ['aws_lambda_function_url'],
  description: 'authorization_type = "NONE" makes the function invokable by anyone on the internet.',
  remediation: `\`\`\`hcl
authorization_type = "AWS_IAM"
\`\`\``,
  check: expectAt('authorization_type', equals('AWS_IAM'), 'The function URL is public (authorization_type = "NONE")', 'fail'),
  examples: {
    good: [
      `resource "aws_lambda_function_url" "u" {
  function_name      = "f"
  authorization_type = "AWS_IAM"
}`,
    ],
    bad: [
      `resource "aws_lambda_function_url" "u" {
  function_name      = "f"
  authorization_type = "NONE"
}`,
    ],
  },
});
