import { defineRule } from '../../types';
import type { Issue } from '../../types';
import { blocks, bool, read } from '../../values';
import { ebsEncryptedByDefault } from './ebs-default';

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
  check: (res, ctx) => {
    if (ebsEncryptedByDefault(ctx)) return;
    const out: Issue[] = [];
    const root = blocks(res.attributes.root_block_device);
    if (!root) return;
    if (root.length === 0) out.push({ message: 'root_block_device is not set: the root volume is not encrypted' });
    for (const b of root)
      if (bool(read(b, 'encrypted'), false) === false)
        out.push({ attribute: 'root_block_device', message: 'The root volume is not encrypted' });
    for (const b of blocks(res.attributes.ebs_block_device) ?? []) {
      if (read(b, 'snapshot_id') !== undefined && typeof read(b, 'snapshot_id') === 'string') continue; // inherits the snapshot's encryption
      if (bool(read(b, 'encrypted'), false) === false)
        out.push({ attribute: 'ebs_block_device', message: 'An EBS block device is not encrypted' });
    }
    return out;
  },
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
