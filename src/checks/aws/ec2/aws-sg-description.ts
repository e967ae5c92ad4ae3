import { defineRule } from '../../types';
import { str } from '../../values';

export default defineRule({
  id: 'aws-sg-description',
  title: 'Security group has a description',
  severity: 'low',
  aliases: ['CKV_AWS_23', 'AVD-AWS-0099'],
  legacyIds: ['aws-ec2-add-description-to-security-group', 'aws-vpc-add-description-to-security-group'],
  resourceTypes: ['aws_security_group'],
  description:
    'A description says what the group is for, so reviewers can tell whether its rules are right. Terraform defaults it to "Managed by Terraform".',
  remediation: `\`\`\`hcl
description = "HTTPS from the internet to the public load balancer"
\`\`\``,
  check: (res) => {
    const d = res.attributes.description;
    if (d === undefined || d === null) return { message: 'The security group has no description' };
    const s = str(d);
    if (s !== undefined && (s.trim() === '' || s === 'Managed by Terraform'))
      return { attribute: 'description', message: 'The security group has no meaningful description' };
  },
  examples: {
    good: [`resource "aws_security_group" "sg" { description = "App servers" }`],
    bad: [`resource "aws_security_group" "sg" { name = "app" }`],
  },
});
