import { expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-tls-policy',
  title: 'OpenSearch domain requires TLS 1.2 or later',
  severity: 'high',
  aliases: ['CKV_AWS_228', 'AVD-AWS-0126'],
  legacyIds: ['aws-elastic-search-use-secure-tls-policy', 'aws-elasticsearch-use-secure-tls-policy'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'The Policy-Min-TLS-1-0-2019-07 policy still accepts TLS 1.0 and 1.1.',
  remediation: `\`\`\`hcl
domain_endpoint_options {
  enforce_https       = true
  tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
}
\`\`\``,
  check: expectAt(
    'domain_endpoint_options.tls_security_policy',
    (v) => (typeof v === 'string' ? !v.includes('TLS-1-0') : undefined),
    'The domain accepts TLS versions older than 1.2',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}`,
    ],
  },
});
