import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-fine-grained-access',
  title: 'OpenSearch domain has fine-grained access control',
  severity: 'medium',
  aliases: ['CKV2_AWS_52'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'Fine-grained access control adds users, roles and index/document-level permissions inside the domain.',
  remediation: `\`\`\`hcl
advanced_security_options {
  enabled                        = true
  internal_user_database_enabled = false
  master_user_options {
    master_user_arn = aws_iam_role.search_admin.arn
  }
}
\`\`\``,
  check: expectAt('advanced_security_options.enabled', isTrue, 'Fine-grained access control is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  advanced_security_options { enabled = true }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
    ],
  },
});
