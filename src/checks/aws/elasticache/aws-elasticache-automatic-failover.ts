import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-automatic-failover',
  title: 'ElastiCache replication groups fail over automatically',
  severity: 'low',
  aliases: ['CKV2_AWS_50'],
  resourceTypes: ['aws_elasticache_replication_group'],
  description:
    'Without automatic_failover_enabled a failed primary node is not replaced by a replica: writes stop until someone intervenes. It needs at least one replica (num_cache_clusters ≥ 2).',
  remediation: `\`\`\`hcl
resource "aws_elasticache_replication_group" "cache" {
  automatic_failover_enabled = true
  multi_az_enabled           = true
  num_cache_clusters         = 2
  # …
}
\`\`\``,
  check: expectAt('automatic_failover_enabled', isTrue, 'Automatic failover is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id       = "cache"
  description                = "cache"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
}`,
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "cache"
  description          = "cache"
  node_type            = "cache.t3.micro"
  num_cache_clusters   = 1
}`,
    ],
  },
});
