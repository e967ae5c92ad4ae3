import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-xray-tracing',
  title: 'API Gateway stage has X-Ray tracing',
  severity: 'low',
  aliases: ['CKV_AWS_73', 'AVD-AWS-0003'],
  legacyIds: ['aws-api-gateway-enable-tracing'],
  resourceTypes: ['aws_api_gateway_stage'],
  description: 'Tracing follows each request through the API and its backends, to find slow and failing calls.',
  remediation: `\`\`\`hcl
xray_tracing_enabled = true
\`\`\``,
  check: expectAt('xray_tracing_enabled', isTrue, 'X-Ray tracing is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name           = "prod"
  rest_api_id          = "abc"
  deployment_id        = "d"
  xray_tracing_enabled = true
}`,
    ],
    bad: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}`,
    ],
  },
});
