import { defineRule } from '../../types';
import { blocks, read, strings } from '../../values';

export default defineRule({
  id: 'aws-ec2-ami-owners',
  title: 'AMI lookups name the image owners',
  severity: 'high',
  aliases: ['AVD-AWS-0344', 'CKV_AWS_386'],
  legacyIds: ['aws-ec2-specify-ami-owners'],
  resourceTypes: ['data.aws_ami'],
  description:
    'A data "aws_ami" lookup without owners searches every public AMI: anyone can publish an image whose name matches the filter (the "whoAMI" attack), and with most_recent = true theirs wins. ' +
    'Name the owner account ids or aliases ("amazon", "self", a vendor’s account).',
  remediation: `\`\`\`hcl
data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"] # Canonical
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*"]
  }
}
\`\`\``,
  check: (res) => {
    const owners = strings(read(res, 'owners'));
    if (owners === undefined || owners.length > 0) return;
    // An image-id filter fixes the image; an owner-id or owner-alias filter does the owners' job.
    const filters = blocks(res.attributes.filter);
    if (filters === undefined) return;
    for (const f of filters) {
      const name = read(f, 'name');
      if (name === undefined || name === 'image-id' || name === 'owner-id' || name === 'owner-alias') return;
    }
    return { message: 'The AMI lookup does not name its owners: an image published by anyone can match' };
  },
  examples: {
    good: [
      `data "aws_ami" "a" {
  most_recent = true
  owners      = ["099720109477"]
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-*"]
  }
}`,
    ],
    bad: [
      `data "aws_ami" "a" {
  most_recent = true
  filter {
    name   = "name"
    values = ["ubuntu/images/hvm-ssd/ubuntu-focal-20.04-amd64-server-*"]
  }
}`,
    ],
  },
});
