import { defineRule } from '../../types';
import { MISSING, read, strings } from '../../values';

/** MySQL-compatible cluster engines, which export an "audit" log; an unset engine is "aurora". */
const AUDIT_ENGINES = new Set(['aurora', 'aurora-mysql', 'mysql']);

export default defineRule({
  id: 'aws-rds-cluster-audit-logging',
  title: 'Aurora MySQL and Multi-AZ MySQL clusters export audit logs',
  severity: 'medium',
  aliases: ['CKV_AWS_325'],
  resourceTypes: ['aws_rds_cluster'],
  description:
    'The audit log records connections and queries (with server_audit_logging on in the parameter group); exporting it to CloudWatch Logs keeps it after the instance is gone and lets it be searched and alarmed on. ' +
    'PostgreSQL clusters have no audit log export and are not judged.',
  remediation: `\`\`\`hcl
resource "aws_rds_cluster" "db" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error", "slowquery"]
  # …
}
\`\`\``,
  check: (res) => {
    const engine = read(res, 'engine');
    if (engine === undefined) return;
    if (engine !== MISSING && !(typeof engine === 'string' && AUDIT_ENGINES.has(engine))) return;
    const exports = strings(read(res, 'enabled_cloudwatch_logs_exports'));
    if (exports === undefined || exports.includes('audit')) return;
    return {
      attribute: exports.length ? 'enabled_cloudwatch_logs_exports' : undefined,
      message: 'The cluster does not export its audit log (enabled_cloudwatch_logs_exports lacks "audit")',
    };
  },
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                          = "aurora-mysql"
  enabled_cloudwatch_logs_exports = ["audit", "error"]
}`,
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-postgresql"
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
      `resource "aws_rds_cluster" "c" {
  engine                          = "mysql"
  enabled_cloudwatch_logs_exports = ["error", "slowquery"]
}`,
    ],
  },
});
