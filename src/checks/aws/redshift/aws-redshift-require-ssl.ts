import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-redshift-require-ssl',
  title: 'Redshift parameter group requires SSL',
  severity: 'medium',
  aliases: ['CKV_AWS_105'],
  resourceTypes: ['aws_redshift_parameter_group'],
  description: 'Without require_ssl = true, clients may connect to the warehouse without TLS.',
  remediation: `\`\`\`hcl
parameter {
  name  = "require_ssl"
  value = "true"
}
\`\`\``,
  check: (res) => {
    const params = blocks(res.attributes.parameter);
    if (!params) return;
    const ssl = params.find((p) => p.name === 'require_ssl');
    if (!ssl) return { message: 'The parameter group does not set require_ssl' };
    const v = ssl.value;
    if (v === 'false' || v === false) return { attribute: 'parameter', message: 'require_ssl is false' };
  },
  examples: {
    good: [
      `resource "aws_redshift_parameter_group" "p" {
  name   = "dw"
  family = "redshift-1.0"
  parameter {
    name  = "require_ssl"
    value = "true"
  }
}`,
    ],
    bad: [
      `resource "aws_redshift_parameter_group" "p" {
  name   = "dw"
  family = "redshift-1.0"
}`,
    ],
  },
});
