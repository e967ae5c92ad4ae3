import { defineRule } from '../../types';
import { SG_TYPES, coversPort, portText, worldOpenIngress, type SgRule } from './ingress';
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
    '(a public web entry point); every other port should be limited to known ranges or security groups.',
  remediation: sgIngressRemediation('', 5432, 'security_groups = [aws_security_group.app.id]'),
  check: (res) =>
    worldOpenIngress(
      res,
      (r) => {
        const web = onlyWebPorts(r);
        return web === undefined ? undefined : !web && (r.protocol === '-1' || coversPort(r, r.from ?? 0) !== false);
      },
      (r) => `Ingress from the internet is allowed on ${portText(r)}`,
    ),
  examples: {
    good: [sgWithIngressExample('web', 443, '0.0.0.0/0')],
    bad: [sgWithIngressExample('db', 5432, '0.0.0.0/0')],
  },
});
