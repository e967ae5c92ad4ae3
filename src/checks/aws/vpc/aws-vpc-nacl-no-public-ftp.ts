import { defineRule } from '../../types';
import { NACL_TYPES } from './nacl';
import { naclAdminCidrRemediation, naclPublicPortCheck, naclRuleExample } from './nacl-public-port-rule';

export default defineRule({
  id: 'aws-vpc-nacl-no-public-ftp',
  title: 'Network ACL does not allow FTP (21) from the internet',
  severity: 'high',
  aliases: ['CKV_AWS_229'],
  resourceTypes: [...NACL_TYPES],
  description:
    'An allow entry from 0.0.0.0/0 or ::/0 covering port 21 exposes FTP to the whole internet; FTP sends credentials and data in clear text.',
  remediation: naclAdminCidrRemediation('ftp', 21),
  check: naclPublicPortCheck(21, 'FTP'),
  examples: {
    good: [naclRuleExample('10.0.0.0/8', 21)],
    bad: [naclRuleExample('0.0.0.0/0', 21)],
  },
});
