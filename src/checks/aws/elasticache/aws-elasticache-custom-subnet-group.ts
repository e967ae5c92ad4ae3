import { expectAt, nonEmpty, notEquals, when } from '../../dsl';
import { defineRule } from '../../types';
import { isSet, read } from '../../values';

export default defineRule({
  id: 'aws-elasticache-custom-subnet-group',
  title: 'ElastiCache cluster does not use the default subnet group',
  severity: 'low',
  aliases: ['CKV_AWS_323'],
  resourceTypes: ['aws_elasticache_cluster'],
  description:
    'Without subnet_group_name the cluster is placed in the default subnet group (the default VPC subnets), not in the private subnets you chose. A cluster that joins a replication group takes its subnets from the group and is not judged.',
  remediation: `\`\`\`hcl
subnet_group_name = aws_elasticache_subnet_group.private.name
\`\`\``,
  check: when(
    (res) => isSet(read(res, 'replication_group_id')) === false,
    (res, ctx) => {
      const unset = expectAt('subnet_group_name', nonEmpty, 'The cluster uses the default subnet group', 'fail')(res, ctx);
      return unset ?? expectAt('subnet_group_name', notEquals('default'), 'The cluster uses the default subnet group', 'fail')(res, ctx);
    },
  ),
  examples: {
    good: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id        = "cache"
  engine            = "redis"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = "private-cache"
}`,
    ],
    bad: [
      `resource "aws_elasticache_cluster" "c" {
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}`,
      `resource "aws_elasticache_cluster" "c" {
  cluster_id        = "cache"
  engine            = "redis"
  node_type         = "cache.t4g.micro"
  num_cache_nodes   = 1
  subnet_group_name = "default"
}`,
    ],
  },
});
