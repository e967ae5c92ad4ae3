import { defineRule } from '../../types';
import { SG_TYPES, coversPort, portText, worldOpenIngress } from './ingress';

export default defineRule({
  id: 'aws-sg-no-public-rdp',
  title: 'Security group does not allow RDP (3389) from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_25'],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ['AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description: 'Ingress from 0.0.0.0/0 or ::/0 to port 3389 exposes Remote Desktop to brute force and exploits.',
  remediation: `\`\`\`hcl
ingress {
  from_port   = 3389
  to_port     = 3389
  protocol    = "tcp"
  cidr_blocks = [var.admin_cidr]
}
\`\`\``,
  check: (res) =>
    worldOpenIngress(
      res,
      (r) => coversPort(r, 3389),
      (r) => `RDP is open to the internet (${portText(r)})`,
    ),
  examples: {
    good: [
      `resource "aws_security_group" "sg" {
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["192.168.0.0/16"]
  }
}`,
    ],
    bad: [
      `resource "aws_security_group" "sg" {
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
  },
});
