import { expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-domain-tls',
  title: 'API Gateway custom domain requires TLS 1.2',
  severity: 'high',
  aliases: ['CKV_AWS_206', 'AVD-AWS-0005'],
  legacyIds: ['aws-api-gateway-use-secure-tls-policy'],
  resourceTypes: ['aws_api_gateway_domain_name'],
  description: 'TLS 1.0 and 1.1 have known weaknesses and are deprecated; require TLS 1.2.',
  remediation: `\`\`\`hcl
security_policy = "TLS_1_2"
\`\`\``,
  check: expectAt(
    'security_policy',
    (v) => (typeof v === 'string' ? v.toUpperCase() !== 'TLS_1_0' : undefined),
    'The custom domain allows TLS 1.0',
    'pass',
  ),
  examples: {
    good: [
      `resource "aws_api_gateway_domain_name" "d" {
  domain_name     = "api.example.com"
  security_policy = "TLS_1_2"
}`,
    ],
    bad: [
      `resource "aws_api_gateway_domain_name" "d" {
  domain_name     = "api.example.com"
  security_policy = "TLS_1_0"
}`,
    ],
  },
});
