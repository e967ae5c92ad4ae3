import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-cache-encryption',
  title: 'API Gateway cache is encrypted',
  severity: 'medium',
  aliases: ['CKV_AWS_308', 'AVD-AWS-0002'],
  legacyIds: ['aws-api-gateway-enable-cache-encryption'],
  resourceTypes: ['aws_api_gateway_method_settings'],
  description: 'Cached responses may hold personal data; encrypt the cache whenever caching is on.',
  remediation: `\`\`\`hcl
settings {
  caching_enabled      = true
  cache_data_encrypted = true
}
\`\`\``,
  check: when(
    (r) =>
      Array.isArray(r.attributes.settings) &&
      r.attributes.settings.some(
        (s) => typeof s === 'object' && s !== null && !Array.isArray(s) && (s as Record<string, unknown>).caching_enabled === true,
      ),
    expectAt('settings.cache_data_encrypted', isTrue, 'Caching is enabled without encrypting the cache', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}`,
    ],
    bad: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    caching_enabled = true
  }
}`,
    ],
  },
});
