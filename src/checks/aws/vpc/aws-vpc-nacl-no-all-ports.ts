import { defineRule } from '../../types';
import { NACL_TYPES, isWorld, naclIngress } from './nacl';

export default defineRule({
  id: 'aws-vpc-nacl-no-all-ports',
  title: 'Network ACL does not allow every protocol from the internet',
  severity: 'high',
  aliases: ['CKV_AWS_352', 'AVD-AWS-0102'],
  legacyIds: ['aws-ec2-no-excessive-port-access', 'aws-vpc-no-excessive-port-access'],
  resourceTypes: [...NACL_TYPES],
  description: 'An allow entry with protocol -1 (all) from 0.0.0.0/0 removes the network ACL as a layer of defence.',
  remediation: `Allow only the protocols and ports the subnet serves:
\`\`\`hcl
protocol  = "tcp"
from_port = 443
to_port   = 443
\`\`\``,
  check: (res) =>
    (naclIngress(res) ?? [])
      .filter((e) => e.allow === true && e.protocol === '-1' && isWorld(e.cidr) === true)
      .map((e) => ({ attribute: e.attribute, message: 'The network ACL allows all protocols and ports from the internet' })),
  examples: {
    good: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/16"
}`,
    ],
    bad: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}`,
    ],
  },
});
