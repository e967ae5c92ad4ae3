import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-cmk',
  title: 'OpenSearch domain is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_247'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'A customer-managed key controls who can decrypt the domain storage and snapshots.',
  remediation: `\`\`\`hcl
encrypt_at_rest {
  enabled    = true
  kms_key_id = aws_kms_key.search.arn
}
\`\`\``,
  check: expectAt('encrypt_at_rest.kms_key_id', nonEmpty, 'The domain is not encrypted with a customer-managed KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  encrypt_at_rest { enabled = true }
}`,
    ],
  },
});
