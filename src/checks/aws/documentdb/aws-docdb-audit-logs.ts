import { defineRule } from '../../types';
import { blocks, read, str } from '../../values';

/** audit_logs values that record events: "enabled" (legacy, same as ddl), "ddl", "dml_read", "dml_write", "all". */
const RECORDING = /(^|,)\s*(enabled|ddl|dml_read|dml_write|all)\s*($|,)/;

export default defineRule({
  id: 'aws-docdb-audit-logs',
  title: 'DocumentDB parameter groups turn audit logging on',
  severity: 'low',
  aliases: ['CKV_AWS_104'],
  resourceTypes: ['aws_docdb_cluster_parameter_group'],
  description:
    'DocumentDB records authentication and data-definition events only when the cluster parameter audit_logs is set (and the cluster exports the "audit" log to CloudWatch Logs).',
  remediation: `\`\`\`hcl
parameter {
  name  = "audit_logs"
  value = "all"
}
\`\`\``,
  check: (res) => {
    const params = blocks(res.attributes.parameter);
    if (params === undefined) return;
    for (const p of params) {
      const name = read(p, 'name');
      if (name === undefined) return;
      if (name !== 'audit_logs') continue;
      const value = read(p, 'value');
      if (value === undefined) return;
      if (RECORDING.test(str(value) ?? '')) return;
    }
    return { attribute: params.length ? 'parameter' : undefined, message: 'Audit logging is not turned on (audit_logs parameter)' };
  },
  examples: {
    good: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}`,
    ],
    bad: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "audit_logs"
    value = "disabled"
  }
}`,
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
}`,
    ],
  },
});
