import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-node-to-node-encryption',
  title: 'OpenSearch domain encrypts node-to-node traffic',
  severity: 'high',
  aliases: ['CKV_AWS_6', 'AVD-AWS-0043'],
  legacyIds: ['aws-elastic-search-enable-in-transit-encryption', 'aws-elasticsearch-enable-in-transit-encryption'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'Without node-to-node encryption, data moves between cluster nodes in clear text.',
  remediation: `\`\`\`hcl
node_to_node_encryption {
  enabled = true
}
\`\`\``,
  check: expectAt('node_to_node_encryption.enabled', isTrue, 'Node-to-node encryption is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  node_to_node_encryption { enabled = true }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
    ],
  },
});
