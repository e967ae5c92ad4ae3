import { defineRule } from '../../types';
import { sgRules } from './ingress';

export default defineRule({
  id: 'aws-sg-rule-description',
  title: 'Security group rules have descriptions',
  severity: 'low',
  aliases: ['CKV_AWS_23', 'AVD-AWS-0124'],
  legacyIds: ['aws-ec2-add-description-to-security-group-rule', 'aws-vpc-add-description-to-security-group-rule'],
  resourceTypes: [
    'aws_security_group',
    'aws_security_group_rule',
    'aws_vpc_security_group_ingress_rule',
    'aws_vpc_security_group_egress_rule',
  ],
  description: 'A description on every rule records why the port is open and for whom.',
  remediation: `\`\`\`hcl
ingress {
  description = "HTTPS from the internet"
  from_port   = 443
  to_port     = 443
  protocol    = "tcp"
  cidr_blocks = ["0.0.0.0/0"]
}
\`\`\``,
  check: (res) => {
    const rules = [...(sgRules(res, 'ingress') ?? []), ...(sgRules(res, 'egress') ?? [])];
    const missing = rules.filter((r) => r.description === undefined && !hasUnknownDescription(res, r.attribute));
    return missing.slice(0, 1).map((r) => ({ attribute: r.attribute, message: `A security group ${r.direction} rule has no description` }));
  },
  examples: {
    good: [
      `resource "aws_security_group" "sg" {
  description = "x"
  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}`,
    ],
    bad: [
      `resource "aws_security_group_rule" "r" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = "sg-1"
}`,
    ],
  },
});

/** A description given by an unknown value still counts as given. */
function hasUnknownDescription(res: { attributes: Record<string, unknown> }, attribute: string): boolean {
  if (typeof res.attributes.description === 'symbol') return true;
  const m = /^(\w+)\[(\d+)\]$/.exec(attribute);
  if (!m) return false;
  const list = res.attributes[m[1]!];
  const block = Array.isArray(list) ? list[Number(m[2])] : undefined;
  return typeof block === 'object' && block !== null && typeof (block as Record<string, unknown>).description === 'symbol';
}
