import { expectAt } from '../../dsl';
import { strings } from '../../values';

/** DocumentDB's log types; a single string is read as the one-item list it means (as both scanners read it). */
const LOG_TYPES = ['audit', 'profiler'];
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
  check: expectAt(
    'enabled_cloudwatch_logs_exports',
    (v) => strings(v)?.some((t) => LOG_TYPES.includes(t)),
    'Neither the audit nor the profiler log is exported to CloudWatch',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = ["audit"]
}`,
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = "profiler"
}`,
    ],
    bad: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier = "docs"
}`,
      // Not a DocumentDB log type: nothing is exported.
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier              = "docs"
  enabled_cloudwatch_logs_exports = ["slowquery"]
}`,
    ],
  },
});
