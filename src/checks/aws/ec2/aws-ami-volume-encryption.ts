import { defineRule } from '../../types';
import { blocks, bool, isSet, read } from '../../values';

export default defineRule({
  id: 'aws-ami-volume-encryption',
  title: 'AMI block devices created from scratch are encrypted',
  severity: 'medium',
  aliases: ['CKV_AWS_204'],
  resourceTypes: ['aws_ami'],
  description:
    'An ebs_block_device of an aws_ami that is not built from a snapshot is unencrypted unless encrypted = true, so every instance launched from the image gets an unencrypted volume. ' +
    'Devices restored from a snapshot take the snapshot’s encryption.',
  remediation: `\`\`\`hcl
ebs_block_device {
  device_name = "/dev/xvdb"
  volume_size = 20
  encrypted   = true
}
\`\`\``,
  check: (res) => {
    for (const d of blocks(res.attributes.ebs_block_device) ?? []) {
      const snap = isSet(read(d, 'snapshot_id'));
      if (snap !== false) continue;
      if (bool(read(d, 'encrypted'), false) === false)
        return { attribute: 'ebs_block_device', message: 'An EBS block device of the AMI is not encrypted (encrypted is not true)' };
    }
  },
  examples: {
    good: [
      `resource "aws_ami" "a" {
  name                = "app"
  root_device_name    = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0123456789abcdef0"
  }
  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 20
    encrypted   = true
  }
}`,
    ],
    bad: [
      `resource "aws_ami" "a" {
  name             = "app"
  root_device_name = "/dev/xvda"
  ebs_block_device {
    device_name = "/dev/xvdb"
    volume_size = 20
  }
}`,
    ],
  },
});
