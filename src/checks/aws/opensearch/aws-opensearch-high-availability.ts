import { defineRule } from '../../types';
import { blocks, bool, num, read } from '../../values';

export default defineRule({
  id: 'aws-opensearch-high-availability',
  title: 'OpenSearch/Elasticsearch domains have three dedicated masters and zone awareness',
  severity: 'low',
  aliases: ['CKV_AWS_318'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description:
    'A domain survives the loss of a node or an availability zone only with at least three dedicated master nodes (a quorum) and zone awareness spreading nodes across zones.',
  remediation: `\`\`\`hcl
cluster_config {
  dedicated_master_enabled = true
  dedicated_master_count   = 3
  zone_awareness_enabled   = true
  zone_awareness_config {
    availability_zone_count = 3
  }
}
\`\`\``,
  check: (res) => {
    const cfg = blocks(res.attributes.cluster_config);
    if (cfg === undefined) return;
    const c = cfg[0];
    const countRead = c ? read(c, 'dedicated_master_count') : undefined;
    const zoneRead = c ? read(c, 'zone_awareness_enabled') : undefined;
    if (c && (countRead === undefined || zoneRead === undefined)) return;
    const count = c ? (num(countRead) ?? 0) : 0;
    const zones = c ? bool(zoneRead, false) : false;
    if (count >= 3 && zones === true) return;
    return {
      attribute: c ? 'cluster_config' : undefined,
      message: count < 3 ? 'The domain has fewer than three dedicated master nodes' : 'Zone awareness is not enabled',
    };
  },
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = 3
    zone_awareness_enabled   = true
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  cluster_config {
    dedicated_master_enabled = true
    dedicated_master_count   = 3
  }
}`,
      `resource "aws_elasticsearch_domain" "d" {
  domain_name = "search"
}`,
    ],
  },
});
