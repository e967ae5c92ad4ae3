import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ec2-ebs-optimized',
  title: 'EC2 instance is EBS-optimized',
  severity: 'low',
  aliases: ['CKV_AWS_135'],
  resourceTypes: ['aws_instance'],
  description: 'EBS-optimized instances get dedicated bandwidth to their volumes, so disk traffic does not starve the network.',
  remediation: `\`\`\`hcl
ebs_optimized = true
\`\`\``,
  check: expectAt('ebs_optimized', isTrue, 'The instance is not EBS-optimized'),
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami           = "ami-1"
  ebs_optimized = true
}`,
    ],
    bad: [`resource "aws_instance" "i" { ami = "ami-1" }`],
  },
});
