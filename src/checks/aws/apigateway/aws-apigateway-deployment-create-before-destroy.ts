import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-deployment-create-before-destroy',
  title: 'API Gateway deployment is replaced create-before-destroy',
  severity: 'low',
  aliases: ['CKV_AWS_217'],
  resourceTypes: ['aws_api_gateway_deployment'],
  description:
    'A deployment referenced by a stage cannot be deleted first: the provider documentation recommends create_before_destroy so redeployments do not fail or interrupt the stage.',
  remediation: `\`\`\`hcl
lifecycle {
  create_before_destroy = true
}
\`\`\``,
  check: expectAt('lifecycle.create_before_destroy', isTrue, 'A replacement destroys the old deployment before the new one exists', 'fail'),
  examples: {
    good: [
      `resource "aws_api_gateway_deployment" "x" {
  rest_api_id = "a1b2c3"
  lifecycle {
    create_before_destroy = true
  }
}`,
    ],
    bad: [
      `resource "aws_api_gateway_deployment" "x" {
  rest_api_id = "a1b2c3"
}`,
    ],
  },
});
