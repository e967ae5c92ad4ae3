import { defineRule } from '../../types';
import { NACL_TYPES } from './nacl';
import { naclAdminCidrRemediation, naclPublicPortCheck, naclRuleExample } from './nacl-public-port-rule';

export default defineRule({
  id: 'aws-vpc-nacl-no-public-ftp-data',
  title: 'Network ACL does not allow FTP data (20) from the internet',
  severity: 'high',
  aliases: ['CKV_AWS_230'],
  resourceTypes: [...NACL_TYPES],
  description:
    'An allow entry from 0.0.0.0/0 or ::/0 covering port 20 exposes FTP data to the whole internet; FTP sends credentials and data in clear text.',
  remediation: naclAdminCidrRemediation('ftp-data', 20),
  check: naclPublicPortCheck(20, 'FTP data'),
  examples: {
    good: [naclRuleExample('10.0.0.0/8', 20)],
    bad: [naclRuleExample('0.0.0.0/0', 20)],
  },
});
