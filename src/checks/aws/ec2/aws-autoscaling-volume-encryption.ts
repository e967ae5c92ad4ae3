import { defineRule } from '../../types';
import type { Issue } from '../../types';
import { blocks, bool, read } from '../../values';
import { ebsEncryptedByDefault } from './ebs-default';

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
      if (typeof read(b, 'snapshot_id') === 'string') continue;
      if (bool(read(b, 'encrypted'), false) === false)
        out.push({ attribute: 'ebs_block_device', message: 'An EBS block device is not encrypted' });
    }
    return out;
  },
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
