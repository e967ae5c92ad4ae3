import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-redshift-logging',
  title: 'Redshift cluster has audit logging enabled',
  severity: 'low',
  aliases: ['CKV_AWS_71'],
  resourceTypes: ['aws_redshift_cluster'],
  description:
    'Audit logs record connections, users and queries. Enabled by the cluster logging block (provider v4) or an aws_redshift_logging resource (v5+).',
  remediation: `\`\`\`hcl
resource "aws_redshift_logging" "dw" {
  cluster_identifier   = aws_redshift_cluster.dw.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}
\`\`\``,
  check: (res, ctx) => {
    const links = ctx.linked(res, 'aws_redshift_logging', 'cluster_identifier', ['cluster_identifier']);
    if (links.found.length > 0 || links.uncertain) return;
    const list = blocks(res.attributes.logging);
    if (!list) return;
    if (list.length === 0) return { message: 'Audit logging is not enabled' };
    for (const l of list)
      if (bool(read(l, 'enable'), false) === false) return { attribute: 'logging', message: 'Audit logging is disabled' };
  },
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  logging {
    enable      = "True"
    bucket_name = "audit-logs"
  }
}`,
      `resource "aws_redshift_cluster" "r" { cluster_identifier = "dw" }
resource "aws_redshift_logging" "l" {
  cluster_identifier   = aws_redshift_cluster.r.id
  log_destination_type = "cloudwatch"
}`,
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" { cluster_identifier = "dw" }`,
      // enable = 0 is not a Terraform bool, but its intent (off) is plain.
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  logging {
    enable = 0
  }
}`,
    ],
  },
});
