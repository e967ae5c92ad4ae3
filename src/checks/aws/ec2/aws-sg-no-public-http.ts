import { defineRule } from '../../types';
import { SG_TYPES, coversPort, worldOpenIngress } from './ingress';

export default defineRule({
  id: 'aws-sg-no-public-http',
  title: 'Security group does not allow plain HTTP (80) from the internet',
  severity: 'low',
  aliases: ['CKV_AWS_260'],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ['AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description: 'Port 80 open to the world usually means unencrypted traffic; serve HTTPS and redirect at the load balancer or CDN.',
  remediation: `\`\`\`hcl
ingress {
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
\`\`\``,
  check: (res) =>
    worldOpenIngress(
      res,
      (r) => (r.protocol === '-1' ? false : coversPort(r, 80)),
      () => 'HTTP (port 80) is open to the internet',
    ),
  examples: {
    good: [
      `resource "aws_security_group" "web" {
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
    bad: [
      `resource "aws_security_group" "web" {
  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
  },
});
