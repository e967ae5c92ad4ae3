import { defineRule } from '../../types';
import { SG_TYPES } from './ingress';
import { sgIngressRemediation, sgPublicPortCheck, sgWithIngressExample } from './sg-public-port-rule';

export default defineRule({
  id: 'aws-sg-no-public-rdp',
  title: 'Security group does not allow RDP (3389) from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_25'],
  // Trivy/tfsec report these ports under their generic public-ingress check: honour its suppressions.
  legacyIds: ['AVD-AWS-0107', 'aws-ec2-no-public-ingress-sgr', 'aws-vpc-no-public-ingress-sgr'],
  resourceTypes: [...SG_TYPES],
  description: 'Ingress from 0.0.0.0/0 or ::/0 to port 3389 exposes Remote Desktop to brute force and exploits.',
  remediation: sgIngressRemediation('', 3389, 'cidr_blocks = [var.admin_cidr]'),
  check: sgPublicPortCheck(3389, 'RDP'),
  examples: {
    good: [sgWithIngressExample('sg', 3389, '192.168.0.0/16')],
    bad: [sgWithIngressExample('sg', 3389, '0.0.0.0/0')],
  },
});
