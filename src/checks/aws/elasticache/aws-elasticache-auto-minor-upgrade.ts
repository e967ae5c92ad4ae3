import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-auto-minor-upgrade',
  title: 'ElastiCache Redis/Valkey clusters take minor version upgrades automatically',
  severity: 'low',
  aliases: ['CKV_AWS_322'],
  resourceTypes: ['aws_elasticache_cluster'],
  description:
    'auto_minor_version_upgrade = false keeps a cache cluster on a minor version after security fixes are released for it. Memcached clusters are not judged.',
  remediation: `\`\`\`hcl
resource "aws_elasticache_cluster" "cache" {
  auto_minor_version_upgrade = true # the default
  # …
}
\`\`\``,
  check: when(
    (r) => {
      const engine = r.attributes.engine;
      if (engine === undefined || engine === null) return true; // a member of a replication group: Redis/Valkey
      return typeof engine === 'string' ? engine !== 'memcached' : undefined;
    },
    expectAt('auto_minor_version_upgrade', isTrue, 'Automatic minor version upgrades are disabled', 'pass'),
  ),
  examples: {
    good: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 1
}`,
      `resource "aws_elasticache_cluster" "c" {
  cluster_id                 = "cache"
  engine                     = "memcached"
  node_type                  = "cache.t3.micro"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = false
}`,
    ],
    bad: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id                 = "cache"
  engine                     = "redis"
  node_type                  = "cache.t3.micro"
  num_cache_nodes            = 1
  auto_minor_version_upgrade = false
}`,
    ],
  },
});
