import { expectAt, isTrue, when } from '../../dsl';
import type { TfResource } from '../../../terraform/model';
import { defineRule } from '../../types';
import { bool, MISSING, num, read } from '../../values';

export default defineRule({
  id: 'aws-opensearch-node-to-node-encryption',
  title: 'OpenSearch domain encrypts node-to-node traffic',
  severity: 'high',
  aliases: ['CKV_AWS_6', 'AVD-AWS-0043'],
  legacyIds: ['aws-elastic-search-enable-in-transit-encryption', 'aws-elasticsearch-enable-in-transit-encryption'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description:
    'Without node-to-node encryption, data moves between cluster nodes in clear text. A single-node domain (instance_count = 1, no dedicated masters) has no such traffic.',
  remediation: `\`\`\`hcl
node_to_node_encryption {
  enabled = true
}
\`\`\``,
  check: when(hasSeveralNodes, expectAt('node_to_node_encryption.enabled', isTrue, 'Node-to-node encryption is not enabled', 'fail')),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  node_to_node_encryption { enabled = true }
}`,
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config { instance_count = 1 }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config { instance_count = 3 }
  node_to_node_encryption { enabled = false }
}`,
    ],
  },
});

/**
 * Can nodes talk to each other? false only for a known single data node without dedicated masters
 * (as Checkov's CKV_AWS_6 reads it); an unset count is judged as a cluster; an unknown one is unknown.
 */
function hasSeveralNodes(res: TfResource): boolean | undefined {
  const count = read(res, 'cluster_config.instance_count');
  if (count === MISSING) return true;
  const n = num(count);
  if (n === undefined) return undefined;
  if (n > 1) return true;
  const masters = bool(read(res, 'cluster_config.dedicated_master_enabled'), false);
  return masters === undefined ? undefined : masters;
}
