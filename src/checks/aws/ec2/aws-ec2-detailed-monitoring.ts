import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ec2-detailed-monitoring',
  title: 'EC2 instance has detailed monitoring enabled',
  severity: 'low',
  aliases: ['CKV_AWS_126'],
  resourceTypes: ['aws_instance'],
  description: 'Detailed monitoring publishes metrics every minute instead of every five, so alarms react faster.',
  remediation: `\`\`\`hcl
monitoring = true
\`\`\``,
  check: expectAt('monitoring', isTrue, 'Detailed monitoring is not enabled'),
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami        = "ami-1"
  monitoring = true
}`,
    ],
    bad: [`resource "aws_instance" "i" { ami = "ami-1" }`],
  },
});
