import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-networkfirewall-deletion-protection',
  title: 'Network Firewall has deletion protection',
  severity: 'low',
  aliases: ['CKV_AWS_344'],
  resourceTypes: ['aws_networkfirewall_firewall'],
  description: 'Deleting the firewall removes the inspection from every route through it at once. Deletion protection is off by default.',
  remediation: `\`\`\`hcl
delete_protection = true
\`\`\``,
  check: expectAt('delete_protection', isTrue, 'The firewall can be deleted without first turning protection off', 'fail'),
  examples: {
    good: [
      `resource "aws_networkfirewall_firewall" "f" {
  name                = "edge"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/edge"
  vpc_id              = "vpc-0123"
  delete_protection   = true
  subnet_mapping {
    subnet_id = "subnet-0123"
  }
}`,
    ],
    bad: [
      `resource "aws_networkfirewall_firewall" "f" {
  name                = "edge"
  firewall_policy_arn = "arn:aws:network-firewall:us-east-1:123456789012:firewall-policy/edge"
  vpc_id              = "vpc-0123"
  subnet_mapping {
    subnet_id = "subnet-0123"
  }
}`,
    ],
  },
});
