import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-opensearch-audit-logging',
  title: 'OpenSearch/Elasticsearch domains publish audit logs',
  severity: 'medium',
  aliases: ['CKV_AWS_317'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description:
    'Audit logs record who authenticated and which indices and documents they read or changed; they need a log_publishing_options block with log_type = "AUDIT_LOGS" (and fine-grained access control on).',
  remediation: `\`\`\`hcl
log_publishing_options {
  log_type                 = "AUDIT_LOGS"
  cloudwatch_log_group_arn = aws_cloudwatch_log_group.audit.arn
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.log_publishing_options);
    if (list === undefined) return;
    for (const o of list) {
      const type = read(o, 'log_type');
      if (type === undefined) return;
      if (type !== 'AUDIT_LOGS') continue;
      const enabled = bool(read(o, 'enabled'), true);
      if (enabled !== false) return;
    }
    return {
      attribute: list.length ? 'log_publishing_options' : undefined,
      message: 'The domain does not publish audit logs (no enabled log_publishing_options with log_type = "AUDIT_LOGS")',
    };
  },
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:audit"
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "INDEX_SLOW_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:slow"
  }
}`,
      `resource "aws_elasticsearch_domain" "d" {
  domain_name = "search"
  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:audit"
    enabled                  = false
  }
}`,
    ],
  },
});
