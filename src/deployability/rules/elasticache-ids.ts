import { nameRule } from '../names';

const ID = /^[a-z](?!.*--)[a-z0-9-]*[a-z0-9]$|^[a-z]$/;
const RULE = 'lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen';

export default nameRule(
  'elasticache-ids',
  'ElastiCache identifiers follow the ElastiCache naming rules',
  'Replication group ids are at most 40 characters, cluster ids at most 50, lowercase with single hyphens: others are rejected at apply time.',
  [
    { type: 'aws_elasticache_replication_group', attribute: 'replication_group_id', max: 40, pattern: ID, rule: RULE },
    { type: 'aws_elasticache_cluster', attribute: 'cluster_id', max: 50, pattern: ID, rule: RULE },
    {
      type: 'aws_elasticache_subnet_group',
      attribute: 'name',
      max: 255,
      pattern: /^[a-z0-9-]+$/,
      rule: 'lowercase letters, digits and hyphens',
    },
  ],
  {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "shop-prod-cache"
  description          = "cache"
}`,
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "Shop_Production_Environment_Redis_Cache_Cluster"
  description          = "cache"
}`,
    ],
  },
);
