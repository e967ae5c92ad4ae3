import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-docdb-log-exports',
  title: 'DocumentDB cluster exports its logs',
  severity: 'medium',
  aliases: ['CKV_AWS_85', 'AVD-AWS-0020'],
  legacyIds: ['aws-documentdb-enable-log-export'],
  resourceTypes: ['aws_docdb_cluster'],
  description: 'Exported audit and profiler logs record who accessed the cluster and slow operations.',
  remediation: `\`\`\`hcl
enabled_cloudwatch_logs_exports = ["audit", "profiler"]
\`\`\``,
  check: expectAt('enabled_cloudwatch_logs_exports', nonEmpty, 'No cluster logs are exported to CloudWatch', 'fail'),
  examples: {
    good: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = ["audit"]
}`,
    ],
    bad: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier = "docs"
}`,
    ],
  },
});
