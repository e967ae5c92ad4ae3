import { defineRule } from '../../types';
import { PORTS_WITH_OWN_RULE, SG_TYPES, coversAllPorts, coversPort, portText, worldOpenIngress, type SgRule } from './ingress';
import { sgIngressRemediation, sgWithIngressExample } from './sg-public-port-rule';

/** Only web ports (80, 443) open: the usual, intended shape of a public load balancer. */
function onlyWebPorts(r: SgRule): boolean | undefined {
  if (r.protocol === undefined) return undefined;
  if (r.protocol === '-1') return false;
  if (r.from === undefined || r.to === undefined) return undefined;
  return (r.from === 80 || r.from === 443) && r.to === r.from;
}

export default defineRule({
  id: 'aws-sg-no-public-ingress',
  title: 'Security group does not allow ingress from the internet to non-web ports',
  severity: 'high',
  aliases: ['AVD-AWS-0107'],
  legacyIds: ['aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description:
    'Ingress from 0.0.0.0/0 or ::/0 exposes the port to the whole internet. HTTP(S) on 80/443 alone is accepted ' +
    '(a public web entry point); every other port should be limited to known ranges or security groups. ' +
    "Ranges that include SSH, RDP or a database port, and all-port rules, are reported once, by those ports' own rules.",
  remediation: sgIngressRemediation('', 5432, 'security_groups = [aws_security_group.app.id]'),
  check: (res) =>
    worldOpenIngress(
      res,
      (r) => {
        const web = onlyWebPorts(r);
        if (web === undefined) return undefined;
        // One finding per open port, at the right severity: every port, SSH, RDP and database
        // ports are reported by their own (critical/high) rules, not again here.
        if (coversAllPorts(r) === true || PORTS_WITH_OWN_RULE.some((p) => coversPort(r, p) === true)) return false;
        return !web && (r.protocol === '-1' || coversPort(r, r.from ?? 0) !== false);
      },
      (r) => `Ingress from the internet is allowed on ${portText(r)}`,
    ),
  examples: {
    // Port 22 and 5432 are reported once, by aws-sg-no-public-ssh and aws-sg-no-public-database-ports.
    good: [
      sgWithIngressExample('web', 443, '0.0.0.0/0'),
      sgWithIngressExample('ssh', 22, '0.0.0.0/0'),
      sgWithIngressExample('db', 5432, '0.0.0.0/0'),
    ],
    bad: [sgWithIngressExample('app', 8080, '0.0.0.0/0')],
  },
});
