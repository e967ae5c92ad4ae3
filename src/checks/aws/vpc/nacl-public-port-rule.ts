// Network ACL rules that forbid one administrative port (SSH, RDP) to the internet share one shape:
// every allow entry from 0.0.0.0/0 or ::/0 whose port range covers the port is a finding.
import type { CheckFn } from '../../types';
import { isWorld, type NaclEntry, naclCoversPort, naclIngress } from './nacl';

/** One issue per allow-from-anywhere ingress entry covering `port`; `service` names it in the message. */
export function naclPublicPortCheck(port: number, service: string): CheckFn {
  return (res) => {
    const entries = naclIngress(res) ?? [];
    // An entry of the same ACL with a lower number denying the port (TCP) to the same world range wins.
    const shadowed = (e: NaclEntry) =>
      entries.some(
        (d) =>
          d.allow === false &&
          d.cidr === e.cidr &&
          d.ruleNo !== undefined &&
          e.ruleNo !== undefined &&
          d.ruleNo < e.ruleNo &&
          ['-1', 'tcp', '6'].includes(d.protocol ?? '') &&
          naclCoversPort(d, port) === true,
      );
    return entries
      .filter((e) => e.allow === true && isWorld(e.cidr) === true && naclCoversPort(e, port) === true && !shadowed(e))
      .map((e) => ({ attribute: e.attribute, message: `The network ACL allows ${service} (port ${port}) from the internet` }));
  };
}

/** Remediation: an allow entry for `port` limited to an administrative CIDR. */
export function naclAdminCidrRemediation(name: string, port: number): string {
  return `\`\`\`hcl
resource "aws_network_acl_rule" "${name}" {
  network_acl_id = aws_network_acl.main.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = var.admin_cidr
  from_port      = ${port}
  to_port        = ${port}
}
\`\`\``;
}

/** An aws_network_acl_rule example allowing tcp `port` from `cidr`. */
export function naclRuleExample(cidr: string, port: number): string {
  return `resource "aws_network_acl_rule" "r" {
  network_acl_id = "acl-1"
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "${cidr}"
  from_port      = ${port}
  to_port        = ${port}
}`;
}

/** An aws_network_acl whose inline ingress allows every tcp port from anywhere. */
export const NACL_ALL_TCP_FROM_ANYWHERE = `resource "aws_network_acl" "a" {
  vpc_id = "vpc-1"
  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
}`;
