import { defineRule } from '../../types';
import { NACL_TYPES, isWorld, naclCoversPort, naclIngress } from './nacl';

export default defineRule({
  id: 'aws-vpc-nacl-no-public-ssh',
  title: 'Network ACL does not allow SSH (22) from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_232'],
  // Trivy/tfsec report these under their generic public-ingress check for network ACLs.
  legacyIds: ['AVD-AWS-0105', 'aws-ec2-no-public-ingress-acl', 'aws-vpc-no-public-ingress-acl'],
  resourceTypes: [...NACL_TYPES],
  description: 'An allow entry from 0.0.0.0/0 or ::/0 covering port 22 lets the whole internet reach SSH in the subnets.',
  remediation: `\`\`\`hcl
resource "aws_network_acl_rule" "ssh" {
  network_acl_id = aws_network_acl.main.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = var.admin_cidr
  from_port      = 22
  to_port        = 22
}
\`\`\``,
  check: (res) =>
    (naclIngress(res) ?? [])
      .filter((e) => e.allow === true && isWorld(e.cidr) === true && naclCoversPort(e, 22) === true)
      .map((e) => ({ attribute: e.attribute, message: 'The network ACL allows SSH (port 22) from the internet' })),
  examples: {
    good: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  from_port      = 22
  to_port        = 22
}`,
    ],
    bad: [
      `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
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
