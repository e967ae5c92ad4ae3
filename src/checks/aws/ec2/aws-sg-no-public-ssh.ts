import { defineRule } from '../../types';
import { SG_TYPES } from './ingress';
import { sgIngressRemediation, sgPublicPortCheck, sgWithIngressExample } from './sg-public-port-rule';

export default defineRule({
  id: 'aws-sg-no-public-ssh',
  title: 'Security group does not allow SSH (22) from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_24'],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ['AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description:
    'Ingress from 0.0.0.0/0 or ::/0 to port 22 exposes SSH to brute force and exploits. Inline ingress blocks, ' +
    'aws_security_group_rule and aws_vpc_security_group_ingress_rule are all checked.',
  remediation: sgIngressRemediation(
    'Allow SSH only from known ranges, or use SSM Session Manager instead of SSH:',
    22,
    'cidr_blocks = [var.admin_cidr]',
  ),
  check: sgPublicPortCheck(22, 'SSH'),
  examples: {
    good: [
      sgWithIngressExample('sg', 22, '10.0.0.0/8'),
      `variable "admin_cidr" {}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = [var.admin_cidr]
  security_group_id = "sg-1"
}`,
    ],
    bad: [
      sgWithIngressExample('sg', 22, '0.0.0.0/0'),
      `locals { anywhere = "0.0.0.0/0" }
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  from_port         = 0
  to_port           = 1024
  protocol          = "tcp"
  cidr_blocks       = [local.anywhere]
  security_group_id = "sg-1"
}`,
      `resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = "sg-1"
  cidr_ipv6         = "::/0"
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}`,
    ],
  },
});
