import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-autoscaling-no-public-ip',
  title: 'Launch configuration does not assign public IP addresses',
  severity: 'medium',
  aliases: ['CKV_AWS_389', 'AVD-AWS-0009'],
  legacyIds: ['aws-autoscaling-no-public-ip', 'aws-ec2-no-public-ip'],
  resourceTypes: ['aws_launch_configuration'],
  description: 'Every instance started from the launch configuration would be directly addressable from the internet.',
  remediation: `\`\`\`hcl
associate_public_ip_address = false
\`\`\``,
  check: expectAt('associate_public_ip_address', isFalse, 'Instances from this launch configuration get a public IP address', 'pass'),
  examples: {
    good: [`resource "aws_launch_configuration" "lc" { image_id = "ami-1" }`],
    bad: [
      `resource "aws_launch_configuration" "lc" {
  image_id                    = "ami-1"
  associate_public_ip_address = true
}`,
    ],
  },
});
