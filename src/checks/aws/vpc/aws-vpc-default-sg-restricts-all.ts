import type { TfResource } from '../../../terraform/model';
import type { RuleContext } from '../../context';
import { defineRule, type Issue } from '../../types';
import { blocks } from '../../values';

/** Standalone rule resources that add traffic to a security group through security_group_id. */
const ATTACHED_RULE_TYPES = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'];

export default defineRule({
  id: 'aws-vpc-default-sg-restricts-all',
  title: 'The default security group restricts all traffic',
  severity: 'medium',
  aliases: ['CKV2_AWS_12'],
  resourceTypes: ['aws_vpc', 'aws_default_security_group'],
  description:
    'Resources launched without a security group land in the default one; it should allow nothing, so that mistake fails closed. ' +
    'AWS creates it allowing all traffic between its members and all outbound traffic, so a VPC must manage it ' +
    '(aws_default_security_group with no rules) to close it.',
  remediation: `Manage the default group with no rules:
\`\`\`hcl
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}
\`\`\``,
  check: (res, ctx) => (res.type === 'aws_vpc' ? checkVpc(res, ctx) : checkOrphanGroup(res, ctx)),
  examples: {
    good: [
      `resource "aws_default_security_group" "d" { vpc_id = "vpc-1" }`,
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_default_security_group" "d" { vpc_id = aws_vpc.main.id }`,
    ],
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
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }`,
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_default_security_group" "d" { vpc_id = aws_vpc.main.id }
resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_default_security_group.d.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}`,
    ],
  },
});

/**
 * The finding is reported on the VPC (as Checkov's CKV2_AWS_12 does): it names the default group
 * when one is managed but still allows traffic, or says the group is left as AWS created it.
 */
function checkVpc(vpc: TfResource, ctx: RuleContext): Issue | undefined {
  const groups = ctx.linked(vpc, 'aws_default_security_group', 'vpc_id');
  if (groups.found.length === 0) {
    if (groups.uncertain) return undefined;
    return {
      message: `VPC "${vpc.name}" leaves its default security group open as AWS creates it (all traffic between members, all egress)`,
    };
  }
  for (const sg of groups.found) {
    const opening = openingOf(sg, ctx);
    if (opening) return { message: `VPC "${vpc.name}": the default security group ${sg.address} has ${opening}` };
  }
  return undefined;
}

/** A managed default group whose VPC is not in this configuration is judged on its own. */
function checkOrphanGroup(sg: TfResource, ctx: RuleContext): Issue[] | undefined {
  // Default groups some VPC of this configuration owns, indexed once per scan.
  const owned = ctx.memo('aws_vpc.default-security-groups', () => {
    const out = new Set<TfResource>();
    for (const vpc of ctx.ofType('aws_vpc')) for (const g of ctx.linked(vpc, 'aws_default_security_group', 'vpc_id').found) out.add(g);
    return out;
  });
  if (owned.has(sg)) return undefined;
  const out: Issue[] = [];
  for (const dir of ['ingress', 'egress']) {
    const list = blocks(sg.attributes[dir]);
    if (list && list.length > 0) out.push({ attribute: dir, message: `The default security group has ${dir} rules` });
  }
  return out;
}

/** What the group allows ("ingress rules", "a rule aws_security_group_rule.x"), or undefined when it allows nothing. */
function openingOf(sg: TfResource, ctx: RuleContext): string | undefined {
  for (const dir of ['ingress', 'egress']) {
    const list = blocks(sg.attributes[dir]);
    if (list && list.length > 0) return `${dir} rules`;
  }
  for (const type of ATTACHED_RULE_TYPES) {
    const attached = ctx.linked(sg, type, 'security_group_id').found;
    if (attached.length > 0) return `a rule ${attached[0]!.address}`;
  }
  return undefined;
}
