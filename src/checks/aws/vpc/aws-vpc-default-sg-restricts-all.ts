import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-vpc-default-sg-restricts-all',
  title: 'The default security group restricts all traffic',
  severity: 'medium',
  aliases: ['CKV2_AWS_12'],
  resourceTypes: ['aws_default_security_group'],
  description:
    'Resources launched without a security group land in the default one; it should allow nothing, so that mistake fails closed.',
  remediation: `Manage the default group with no rules:
\`\`\`hcl
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}
\`\`\``,
  check: (res) => {
    const out = [];
    for (const dir of ['ingress', 'egress']) {
      const list = blocks(res.attributes[dir]);
      if (list && list.length > 0) out.push({ attribute: dir, message: `The default security group has ${dir} rules` });
    }
    return out;
  },
  examples: {
    good: [`resource "aws_default_security_group" "d" { vpc_id = "vpc-1" }`],
    bad: [
      `resource "aws_default_security_group" "d" {
  vpc_id = "vpc-1"
  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}`,
    ],
  },
});
