import { defineRule } from '../../types';
import { bool, MISSING, read, str } from '../../values';

export default defineRule({
  id: 'aws-apigateway-method-authorization',
  title: 'API Gateway method requires authorization or an API key',
  severity: 'medium',
  aliases: ['CKV_AWS_59', 'CKV2_AWS_70', 'AVD-AWS-0004'],
  legacyIds: ['aws-api-gateway-no-public-access'],
  resourceTypes: ['aws_api_gateway_method'],
  description:
    'A method with authorization = "NONE" and no API key is open to anyone who knows the URL. OPTIONS methods (CORS preflight) are not reported.',
  remediation: `\`\`\`hcl
resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.items.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}
\`\`\``,
  check: (res) => {
    // A method whose verb is unknown (a variable) may be anything but OPTIONS, so it is judged too.
    const method = str(read(res, 'http_method'));
    if (method?.toUpperCase() === 'OPTIONS') return;
    // authorization is required by the provider: leaving it out gives no authorization.
    const authRead = read(res, 'authorization');
    const auth = authRead === MISSING ? 'NONE' : str(authRead);
    if (auth === undefined || auth.toUpperCase() !== 'NONE') return;
    const key = bool(read(res, 'api_key_required'), false);
    if (key === false) return { attribute: 'authorization', message: `${method ?? 'The method'} has no authorization and no API key` };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "a"
  resource_id   = "r"
  http_method   = "GET"
  authorization = "COGNITO_USER_POOLS"
  authorizer_id = "x"
}`,
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "a"
  resource_id   = "r"
  http_method   = "OPTIONS"
  authorization = "NONE"
}`,
    ],
    bad: [
      `resource "aws_api_gateway_method" "m" {
  rest_api_id   = "a"
  resource_id   = "r"
  http_method   = "POST"
  authorization = "NONE"
}`,
    ],
  },
});
