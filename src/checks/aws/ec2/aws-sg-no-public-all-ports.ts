import { defineRule } from '../../types';
import { SG_TYPES, coversAllPorts, worldOpenIngress } from './ingress';
import { sgIngressRemediation } from './sg-public-port-rule';

export default defineRule({
  id: 'aws-sg-no-public-all-ports',
  title: 'Security group does not allow all ports from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_277'],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ['AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description: 'Ingress on every port (protocol -1, or 0-65535) from 0.0.0.0/0 or ::/0 exposes every service on the instance.',
  remediation: sgIngressRemediation('Open only the ports the service needs:', 443, 'cidr_blocks = ["0.0.0.0/0"]'),
  check: (res) => worldOpenIngress(res, coversAllPorts, () => 'Every port is open to the internet'),
  examples: {
    good: [
      `resource "aws_security_group" "sg" {
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    self        = true
  }
}`,
    ],
    bad: [
      `resource "aws_security_group" "sg" {
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
      `resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = "sg-1"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}`,
    ],
  },
});
