import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-dedicated-master',
  title: 'OpenSearch/Elasticsearch domains use dedicated master nodes',
  severity: 'low',
  aliases: ['CKV2_AWS_59'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description:
    'Without dedicated master nodes the data nodes also manage the cluster state; under heavy indexing or queries the cluster can lose its master and stop accepting writes.',
  remediation: `\`\`\`hcl
cluster_config {
  dedicated_master_enabled = true
  dedicated_master_type    = "m6g.large.search"
  dedicated_master_count   = 3
}
\`\`\``,
  check: expectAt('cluster_config.dedicated_master_enabled', isTrue, 'The domain has no dedicated master nodes', 'fail'),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = 3
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    instance_count = 2
  }
}`,
    ],
  },
});
