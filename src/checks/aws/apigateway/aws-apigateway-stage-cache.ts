import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-stage-cache',
  title: 'API Gateway stage has caching enabled',
  severity: 'low',
  aliases: ['CKV_AWS_120'],
  resourceTypes: ['aws_api_gateway_stage'],
  description:
    'A stage cache answers repeated requests without calling the backend, which lowers latency and protects the backend from bursts.',
  remediation: `\`\`\`hcl
resource "aws_api_gateway_stage" "prod" {
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}
\`\`\``,
  check: expectAt('cache_cluster_enabled', isTrue, 'The stage has no cache', 'fail'),
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name            = "prod"
  rest_api_id           = "abc"
  deployment_id         = "d"
  cache_cluster_enabled = true
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
