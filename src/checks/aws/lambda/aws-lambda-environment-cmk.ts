import { defineRule } from '../../types';
import { blocks, read, str } from '../../values';

export default defineRule({
  id: 'aws-lambda-environment-cmk',
  title: 'Lambda environment variables are encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_173'],
  resourceTypes: ['aws_lambda_function'],
  description:
    'Environment variables are encrypted at rest with the AWS-managed key aws/lambda unless kms_key_arn names a customer-managed key, which lets you restrict and audit who can read them.',
  remediation: `\`\`\`hcl
resource "aws_lambda_function" "api" {
  # …
  kms_key_arn = aws_kms_key.lambda.arn
  environment {
    variables = { TABLE = aws_dynamodb_table.orders.name }
  }
}
\`\`\``,
  check: (res) => {
    // Like Checkov: an environment block asks for a customer-managed key, whatever it holds.
    const envs = blocks(res.attributes.environment);
    if (envs === undefined || envs.length === 0) return;
    const key = read(res, 'kms_key_arn');
    if (key === undefined) return; // unknown
    if (!str(key))
      return { attribute: 'environment', message: 'Environment variables are encrypted with the AWS-managed key (no kms_key_arn)' };
  },
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  kms_key_arn   = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  environment {
    variables = { STAGE = "prod" }
  }
}`,
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "api"
  role          = "arn:aws:iam::111122223333:role/api"
  environment {
    variables = { STAGE = "prod" }
  }
}`,
    ],
  },
});
