import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-cmk',
  title: 'ElastiCache replication group uses a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_191'],
  resourceTypes: ['aws_elasticache_replication_group'],
  description: 'A customer-managed key controls access to the encrypted cache data and its snapshots.',
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.cache.arn
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The replication group is not encrypted with a customer-managed KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  at_rest_encryption_enabled = true
}`,
    ],
  },
});
