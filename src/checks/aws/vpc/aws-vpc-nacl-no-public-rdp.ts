import { defineRule } from '../../types';
import { NACL_TYPES } from './nacl';
import { NACL_ALL_TCP_FROM_ANYWHERE, naclAdminCidrRemediation, naclPublicPortCheck, naclRuleExample } from './nacl-public-port-rule';

export default defineRule({
  id: 'aws-vpc-nacl-no-public-rdp',
  title: 'Network ACL does not allow RDP (3389) from the internet',
  severity: 'critical',
  aliases: ['CKV_AWS_231'],
  // Trivy/tfsec report these under their generic public-ingress check for network ACLs.
  legacyIds: ['AVD-AWS-0105', 'aws-ec2-no-public-ingress-acl', 'aws-vpc-no-public-ingress-acl'],
  resourceTypes: [...NACL_TYPES],
  description: 'An allow entry from 0.0.0.0/0 or ::/0 covering port 3389 lets the whole internet reach RDP in the subnets.',
  remediation: naclAdminCidrRemediation('rdp', 3389),
  check: naclPublicPortCheck(3389, 'RDP'),
  examples: {
    good: [
      naclRuleExample('10.0.0.0/8', 3389),
      // A lower-numbered deny wins over the later allow-all.
      `resource "aws_network_acl" "public" {
  vpc_id = "vpc-123"
  ingress {
    rule_no    = 10
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }
  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
}`,
    ],
    bad: [naclRuleExample('0.0.0.0/0', 3389), NACL_ALL_TCP_FROM_ANYWHERE],
  },
});
