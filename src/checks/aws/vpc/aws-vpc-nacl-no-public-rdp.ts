import { defineRule } from '../../types';
import { NACL_TYPES, isWorld, naclCoversPort, naclIngress } from './nacl';

export default defineRule({
  id: 'aws-vpc-nacl-no-public-rdp',
  title: 'Network ACL does not allow RDP (3389) from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_231'],
  // Trivy/tfsec report these under their generic public-ingress check for network ACLs.
  legacyIds: ['AVD-AWS-0105', 'aws-ec2-no-public-ingress-acl', 'aws-vpc-no-public-ingress-acl'],
  resourceTypes: [...NACL_TYPES],
  description: 'An allow entry from 0.0.0.0/0 or ::/0 covering port 3389 lets the whole internet reach RDP in the subnets.',
  remediation: `\`\`\`hcl
resource "aws_network_acl_rule" "rdp" {
  network_acl_id = aws_network_acl.main.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = var.admin_cidr
  from_port      = 3389
  to_port        = 3389
}
\`\`\``,
  check: (res) =>
    (naclIngress(res) ?? [])
      .filter((e) => e.allow === true && isWorld(e.cidr) === true && naclCoversPort(e, 3389) === true)
      .map((e) => ({ attribute: e.attribute, message: 'The network ACL allows RDP (port 3389) from the internet' })),
  examples: {
    good: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  from_port      = 3389
  to_port        = 3389
}`,
    ],
    bad: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}`,
      `resource "aws_network_acl" "a" {
  vpc_id = "vpc-1"
  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
}`,
    ],
  },
});
