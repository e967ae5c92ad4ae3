import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-opensearch-logging',
  title: 'OpenSearch domain publishes logs to CloudWatch',
  severity: 'medium',
  aliases: ['CKV_AWS_84', 'AVD-AWS-0042'],
  legacyIds: ['aws-elastic-search-enable-domain-logging', 'aws-elasticsearch-enable-domain-logging'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'Published logs (audit, error, slow logs) record who accessed the domain and what failed.',
  remediation: `\`\`\`hcl
log_publishing_options {
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  log_type                 = "AUDIT_LOGS"
}
\`\`\``,
  // Blocks with enabled = false publish nothing (enabled defaults to true).
  check: (res) => {
    const all = blocks(res.attributes.log_publishing_options);
    if (all === undefined) return;
    const states = all.map((b) => bool(read(b, 'enabled'), true));
    if (states.some((s) => s !== false)) return;
    return all.length === 0
      ? { message: 'The domain publishes no logs' }
      : { attribute: 'log_publishing_options', message: 'Every log_publishing_options block is disabled' };
  },
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    cloudwatch_log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:search"
    log_type                 = "AUDIT_LOGS"
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
    ],
  },
});
