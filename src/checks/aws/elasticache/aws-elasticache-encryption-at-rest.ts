import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-encryption-at-rest',
  title: 'ElastiCache replication group is encrypted at rest',
  severity: 'high',
  aliases: ['CKV_AWS_29', 'AVD-AWS-0045'],
  legacyIds: ['aws-elasticache-enable-at-rest-encryption'],
  resourceTypes: ['aws_elasticache_replication_group'],
  description: 'Cache data, backups and snapshots are unencrypted on disk unless at-rest encryption is on.',
  remediation: `\`\`\`hcl
at_rest_encryption_enabled = true
\`\`\``,
  check: expectAt('at_rest_encryption_enabled', isTrue, 'The replication group is not encrypted at rest', 'fail'),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  at_rest_encryption_enabled = true
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
