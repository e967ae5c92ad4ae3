import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-method-settings-cache',
  title: 'API Gateway method settings enable response caching',
  severity: 'low',
  aliases: ['CKV_AWS_225', 'AVD-AWS-0190'],
  legacyIds: ['aws-api-gateway-enable-cache'],
  resourceTypes: ['aws_api_gateway_method_settings'],
  description:
    'With caching_enabled the stage cache answers repeated requests for these methods without calling the backend (the stage needs cache_cluster_enabled too).',
  remediation: `\`\`\`hcl
settings {
  caching_enabled      = true
  cache_ttl_in_seconds = 300
  cache_data_encrypted = true
}
\`\`\``,
  check: expectAt('settings.caching_enabled', isTrue, 'Response caching is not enabled for these methods', 'fail'),
  examples: {
    good: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}`,
    ],
    bad: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}`,
    ],
  },
});
