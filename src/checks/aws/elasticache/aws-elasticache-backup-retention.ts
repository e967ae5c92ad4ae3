import { atLeast, expectAt, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-backup-retention',
  title: 'ElastiCache Redis keeps automatic backups',
  severity: 'low',
  aliases: ['CKV_AWS_134', 'AVD-AWS-0050'],
  legacyIds: ['aws-elasticache-enable-backup-retention'],
  resourceTypes: ['aws_elasticache_cluster', 'aws_elasticache_replication_group'],
  description: 'snapshot_retention_limit = 0 (the default) disables automatic backups of Redis data.',
  remediation: `\`\`\`hcl
snapshot_retention_limit = 7
\`\`\``,
  check: when(
    (r) =>
      r.type === 'aws_elasticache_replication_group'
        ? true
        : typeof r.attributes.engine === 'string'
          ? r.attributes.engine === 'redis' || r.attributes.engine === 'valkey'
          : r.attributes.engine === undefined
            ? undefined
            : undefined,
    expectAt('snapshot_retention_limit', atLeast(1), 'Automatic backups are disabled', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id               = "c"
  engine                   = "redis"
  snapshot_retention_limit = 5
}`,
      `resource "aws_elasticache_cluster" "m" {
  cluster_id = "m"
  engine     = "memcached"
}`,
    ],
    bad: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id = "c"
  engine     = "redis"
}`,
    ],
  },
});
