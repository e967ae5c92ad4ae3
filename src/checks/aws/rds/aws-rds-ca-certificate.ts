import { defineRule } from '../../types';
import { str } from '../../values';

/** Certificate authorities AWS has retired. */
const RETIRED = new Set(['rds-ca-2015', 'rds-ca-2019']);

export default defineRule({
  id: 'aws-rds-ca-certificate',
  title: 'RDS instance uses a current certificate authority',
  severity: 'low',
  aliases: ['CKV_AWS_211'],
  resourceTypes: ['aws_db_instance'],
  description: 'Clients verifying TLS against a retired RDS CA fail, or are pushed to turn verification off.',
  remediation: `\`\`\`hcl
ca_cert_identifier = "rds-ca-rsa2048-g1"
\`\`\``,
  check: (res) => {
    const ca = str(res.attributes.ca_cert_identifier);
    if (ca !== undefined && RETIRED.has(ca))
      return { attribute: 'ca_cert_identifier', message: `The certificate authority ${ca} is retired` };
  },
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class     = "db.t3.micro"
  ca_cert_identifier = "rds-ca-rsa2048-g1"
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class     = "db.t3.micro"
  ca_cert_identifier = "rds-ca-2019"
}`,
    ],
  },
});
