import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-create-before-destroy',
  title: 'API Gateway REST API is replaced create-before-destroy',
  severity: 'low',
  aliases: ['CKV_AWS_237'],
  resourceTypes: ['aws_api_gateway_rest_api'],
  description: 'Replacing a REST API destroys the old one first, so its clients get errors until the new API is deployed.',
  remediation: `\`\`\`hcl
lifecycle {
  create_before_destroy = true
}
\`\`\``,
  check: expectAt('lifecycle.create_before_destroy', isTrue, 'A replacement destroys the old REST API before the new one exists', 'fail'),
  examples: {
    good: [
      `resource "aws_api_gateway_rest_api" "x" {
  name = "api"
  lifecycle {
    create_before_destroy = true
  }
}`,
    ],
    bad: [
      `resource "aws_api_gateway_rest_api" "x" {
  name = "api"
}`,
    ],
  },
});
