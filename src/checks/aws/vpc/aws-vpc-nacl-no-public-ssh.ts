import { defineRule } from '../../types';
import { NACL_TYPES } from './nacl';
import { NACL_ALL_TCP_FROM_ANYWHERE, naclAdminCidrRemediation, naclPublicPortCheck, naclRuleExample } from './nacl-public-port-rule';

export default defineRule({
  id: 'aws-vpc-nacl-no-public-ssh',
  title: 'Network ACL does not allow SSH (22) from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_232'],
  // Trivy/tfsec report these under their generic public-ingress check for network ACLs.
  legacyIds: ['AVD-AWS-0105', 'aws-ec2-no-public-ingress-acl', 'aws-vpc-no-public-ingress-acl'],
  resourceTypes: [...NACL_TYPES],
  description: 'An allow entry from 0.0.0.0/0 or ::/0 covering port 22 lets the whole internet reach SSH in the subnets.',
  remediation: naclAdminCidrRemediation('ssh', 22),
  check: naclPublicPortCheck(22, 'SSH'),
  examples: {
    good: [naclRuleExample('10.0.0.0/8', 22)],
    bad: [naclRuleExample('0.0.0.0/0', 22), NACL_ALL_TCP_FROM_ANYWHERE],
  },
});
