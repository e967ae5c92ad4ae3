import { expectAt, nonEmpty, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-auth-token',
  title: 'ElastiCache replication group requires an auth token',
  severity: 'medium',
  aliases: ['CKV_AWS_31'],
  resourceTypes: ['aws_elasticache_replication_group'],
  description:
    'With transit encryption and an AUTH token (or RBAC user groups), clients must authenticate before reading or writing the cache.',
  remediation: `\`\`\`hcl
transit_encryption_enabled = true
auth_token                 = var.redis_auth_token
\`\`\``,
  check: when(
    (r) => r.attributes.user_group_ids === undefined,
    expectAt('auth_token', nonEmpty, 'The replication group has no AUTH token', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  transit_encryption_enabled = true
  auth_token                 = "a-very-long-token-value-123"
}`,
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "r"
  description                = "cache"
  transit_encryption_enabled = true
}`,
    ],
  },
});
