import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-encryption-at-rest',
  title: 'OpenSearch domain is encrypted at rest',
  severity: 'high',
  aliases: ['CKV_AWS_5', 'AVD-AWS-0048'],
  legacyIds: ['aws-elastic-search-enable-domain-encryption', 'aws-elasticsearch-enable-domain-encryption'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'Indices, logs and snapshots of the domain are unencrypted on disk unless encryption at rest is enabled.',
  remediation: `\`\`\`hcl
encrypt_at_rest {
  enabled = true
}
\`\`\``,
  check: expectAt('encrypt_at_rest.enabled', isTrue, 'The domain is not encrypted at rest', 'fail'),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest { enabled = true }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
      `resource "aws_elasticsearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest { enabled = false }
}`,
    ],
  },
});
