import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-encryption-in-transit',
  title: 'ElastiCache replication group encrypts data in transit',
  severity: 'high',
  aliases: ['CKV_AWS_30', 'AVD-AWS-0051'],
  legacyIds: ['aws-elasticache-enable-in-transit-encryption'],
  resourceTypes: ['aws_elasticache_replication_group'],
  description: 'Without TLS, cache traffic (often session tokens and personal data) crosses the network in clear text.',
  remediation: `\`\`\`hcl
transit_encryption_enabled = true
\`\`\``,
  check: expectAt('transit_encryption_enabled', isTrue, 'The replication group does not encrypt data in transit', 'fail'),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  transit_encryption_enabled = true
}`,
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "r"
  description          = "cache"
}`,
    ],
  },
});
