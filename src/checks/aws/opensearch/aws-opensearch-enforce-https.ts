import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-enforce-https',
  title: 'OpenSearch domain enforces HTTPS',
  severity: 'high',
  aliases: ['CKV_AWS_83', 'AVD-AWS-0046'],
  legacyIds: ['aws-elastic-search-enforce-https', 'aws-elasticsearch-enforce-https'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'Without enforce_https the domain endpoint also accepts plain HTTP, exposing queries and credentials.',
  remediation: `\`\`\`hcl
domain_endpoint_options {
  enforce_https       = true
  tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
}
\`\`\``,
  check: expectAt('domain_endpoint_options.enforce_https', isTrue, 'HTTPS is not enforced on the domain endpoint', 'fail'),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options { enforce_https = true }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options { enforce_https = false }
}`,
    ],
  },
});
