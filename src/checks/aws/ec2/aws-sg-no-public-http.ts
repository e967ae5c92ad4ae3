import { defineRule } from '../../types';
import { SG_TYPES, coversPort, worldOpenIngress } from './ingress';
import { sgIngressRemediation, sgWithIngressExample } from './sg-public-port-rule';

export default defineRule({
  id: 'aws-sg-no-public-http',
  title: 'Security group does not allow plain HTTP (80) from the internet',
  severity: 'low',
  aliases: ['CKV_AWS_260'],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ['AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description: 'Port 80 open to the world usually means unencrypted traffic; serve HTTPS and redirect at the load balancer or CDN.',
  remediation: sgIngressRemediation('', 443, 'cidr_blocks = ["0.0.0.0/0"]'),
  check: (res) =>
    worldOpenIngress(
      res,
      // An all-protocol rule (-1) opens port 80 too: reported here as by the SSH and RDP rules (and Checkov).
      (r) => coversPort(r, 80),
      () => 'HTTP (port 80) is open to the internet',
    ),
  examples: {
    good: [sgWithIngressExample('web', 443, '0.0.0.0/0')],
    bad: [
      sgWithIngressExample('web', 80, '0.0.0.0/0'),
      `resource "aws_security_group" "web" {
  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
  },
});
