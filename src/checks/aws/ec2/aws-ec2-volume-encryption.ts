import { defineRule } from '../../types';
import { unencryptedBlockDevicesCheck } from './volume-encryption-rule';

export default defineRule({
  id: 'aws-ec2-volume-encryption',
  title: 'EC2 instance root and EBS block devices are encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_8', 'AVD-AWS-0131'],
  legacyIds: ['aws-ec2-enable-at-rest-encryption'],
  resourceTypes: ['aws_instance'],
  description:
    'Unencrypted root and data volumes expose their data through snapshots and volume sharing. Not reported when the ' +
    'configuration enables EBS encryption by default for the account.',
  remediation: `\`\`\`hcl
root_block_device {
  encrypted = true
}
\`\`\`
or, for the whole account and region:
\`\`\`hcl
resource "aws_ebs_encryption_by_default" "this" { enabled = true }
\`\`\``,
  check: unencryptedBlockDevicesCheck,
  examples: {
    good: [
      `resource "aws_instance" "web" {
  ami = "ami-1"
  root_block_device { encrypted = true }
}`,
      `resource "aws_ebs_encryption_by_default" "on" { enabled = true }
resource "aws_instance" "web" { ami = "ami-1" }`,
    ],
    bad: [
      `resource "aws_instance" "web" { ami = "ami-1" }`,
      `resource "aws_instance" "web" {
  ami = "ami-1"
  root_block_device { encrypted = true }
  ebs_block_device {
    device_name = "/dev/sdb"
    encrypted   = false
  }
}`,
    ],
  },
});
