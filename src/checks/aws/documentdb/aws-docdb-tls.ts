import { defineRule } from '../../types';
import { blocks, read, str } from '../../values';

export default defineRule({
  id: 'aws-docdb-tls',
  title: 'DocumentDB parameter groups do not disable TLS',
  severity: 'high',
  aliases: ['CKV_AWS_90'],
  resourceTypes: ['aws_docdb_cluster_parameter_group'],
  description:
    'A cluster parameter group with tls = "disabled" lets clients connect without encryption: credentials and documents cross the network in clear text.',
  remediation: `\`\`\`hcl
parameter {
  name  = "tls"
  value = "enabled"
}
\`\`\``,
  check: (res) => {
    for (const p of blocks(res.attributes.parameter) ?? []) {
      if (str(read(p, 'name')) === 'tls' && str(read(p, 'value')) === 'disabled')
        return { attribute: 'parameter', message: 'TLS is disabled for clusters using this parameter group' };
    }
  },
  examples: {
    good: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "tls"
    value = "enabled"
  }
}`,
    ],
    bad: [
      `resource "aws_docdb_cluster_parameter_group" "p" {
  family = "docdb5.0"
  name   = "docs"
  parameter {
    name  = "tls"
    value = "disabled"
  }
}`,
    ],
  },
});
