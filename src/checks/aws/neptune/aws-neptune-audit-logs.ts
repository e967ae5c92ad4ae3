import { expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-neptune-audit-logs',
  title: 'Neptune cluster exports audit logs',
  severity: 'medium',
  aliases: ['CKV_AWS_101', 'AVD-AWS-0075'],
  legacyIds: ['aws-neptune-enable-log-export'],
  resourceTypes: ['aws_neptune_cluster'],
  description: 'Audit logs record the queries run against the graph and who ran them.',
  remediation: `\`\`\`hcl
enable_cloudwatch_logs_exports = ["audit"]
\`\`\``,
  check: expectAt(
    'enable_cloudwatch_logs_exports',
    (v) => (Array.isArray(v) ? v.includes('audit') : undefined),
    'Audit logs are not exported',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier             = "graph"
  enable_cloudwatch_logs_exports = ["audit"]
}`,
    ],
    bad: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier = "graph"
}`,
    ],
  },
});
