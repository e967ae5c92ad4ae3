import { defineRule } from '../../types';
import { unencryptedBlockDevicesCheck } from './volume-encryption-rule';

export default defineRule({
  id: 'aws-autoscaling-volume-encryption',
  title: 'Launch configuration volumes are encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_8', 'AVD-AWS-0008'],
  legacyIds: ['aws-autoscaling-enable-at-rest-encryption', 'aws-ec2-enable-launch-config-at-rest-encryption'],
  resourceTypes: ['aws_launch_configuration'],
  description:
    'Every instance the launch configuration starts gets unencrypted volumes unless encryption is set (or on by default for the account).',
  remediation: `\`\`\`hcl
root_block_device {
  encrypted = true
}
\`\`\``,
  check: unencryptedBlockDevicesCheck,
  examples: {
    good: [
      `resource "aws_launch_configuration" "lc" {
  image_id = "ami-1"
  root_block_device { encrypted = true }
}`,
    ],
    bad: [`resource "aws_launch_configuration" "lc" { image_id = "ami-1" }`],
  },
});
