import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-request-validator',
  title: 'API Gateway methods validate requests',
  severity: 'low',
  aliases: ['CKV2_AWS_53'],
  resourceTypes: ['aws_api_gateway_method'],
  description:
    'A request validator rejects requests whose required parameters or body do not match the model before they reach the backend, which removes a class of malformed-input bugs from the integration.',
  remediation: `\`\`\`hcl
resource "aws_api_gateway_request_validator" "all" {
  name                        = "all"
  rest_api_id                 = aws_api_gateway_rest_api.api.id
  validate_request_body       = true
  validate_request_parameters = true
}

resource "aws_api_gateway_method" "get" {
  # …
  request_validator_id = aws_api_gateway_request_validator.all.id
}
\`\`\``,
  check: expectAt('request_validator_id', nonEmpty, 'The method does not validate requests (no request_validator_id)', 'fail'),
  examples: {
    good: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id          = "abc"
  resource_id          = "r"
  http_method          = "GET"
  authorization        = "AWS_IAM"
  request_validator_id = "v"
}`,
    ],
    bad: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "abc"
  resource_id   = "r"
  http_method   = "GET"
  authorization = "AWS_IAM"
}`,
    ],
  },
});
