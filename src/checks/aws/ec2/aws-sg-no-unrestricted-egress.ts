import { defineRule } from '../../types';
import { coversAllPorts, isWorldOpen, sgRules } from './ingress';

export default defineRule({
  id: 'aws-sg-no-unrestricted-egress',
  title: 'Security group does not allow all egress to the internet',
  severity: 'low',
  aliases: ['CKV_AWS_382', 'AVD-AWS-0104'],
  legacyIds: ['aws-ec2-no-public-egress-sgr', 'aws-vpc-no-public-egress-sgr'],
  resourceTypes: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_egress_rule'],
  description:
    'Egress on every port to 0.0.0.0/0 lets a compromised workload exfiltrate data or reach command-and-control servers anywhere.',
  remediation: `Limit egress to the destinations and ports the workload needs:
\`\`\`hcl
egress {
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
\`\`\``,
  check: (res) => {
    const rules = sgRules(res, 'egress');
    if (!rules) return;
    return rules
      .filter((r) => isWorldOpen(r) === true && coversAllPorts(r) === true)
      .map((r) => ({ attribute: r.attribute, message: 'All egress to the internet is allowed' }));
  },
  examples: {
    good: [
      `resource "aws_security_group" "sg" {
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
    bad: [
      `resource "aws_security_group" "sg" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
  },
});
