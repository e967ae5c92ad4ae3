import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ec2-iam-instance-profile',
  title: 'EC2 instance has an IAM instance profile',
  severity: 'low',
  aliases: ['CKV2_AWS_41'],
  resourceTypes: ['aws_instance'],
  description:
    'An instance profile gives the instance short-lived credentials; without one, teams tend to copy long-lived access keys onto the machine.',
  remediation: `\`\`\`hcl
iam_instance_profile = aws_iam_instance_profile.app.name
\`\`\``,
  check: expectAt('iam_instance_profile', nonEmpty, 'The instance has no IAM instance profile'),
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami                  = "ami-1"
  iam_instance_profile = "app"
}`,
    ],
    bad: [`resource "aws_instance" "i" { ami = "ami-1" }`],
  },
});
