import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-ec2-no-public-ip',
  title: 'EC2 instance does not get a public IP address',
  severity: 'medium',
  aliases: ['CKV_AWS_88'],
  resourceTypes: ['aws_instance', 'aws_launch_template'],
  description:
    'Instances with a public IP are reachable from the internet whenever a security group allows it; put them behind a load balancer or NAT instead.',
  remediation: `\`\`\`hcl
associate_public_ip_address = false
\`\`\``,
  check: (res) => {
    if (res.type === 'aws_instance') {
      if (bool(read(res, 'associate_public_ip_address'), false) === true)
        return { attribute: 'associate_public_ip_address', message: 'The instance is given a public IP address' };
      return;
    }
    for (const ni of blocks(res.attributes.network_interfaces) ?? []) {
      if (bool(read(ni, 'associate_public_ip_address'), false) === true)
        return { attribute: 'network_interfaces', message: 'Instances from this launch template get a public IP address' };
    }
  },
  examples: {
    good: [
      `resource "aws_instance" "i" {
  ami                         = "ami-1"
  associate_public_ip_address = false
}`,
    ],
    bad: [
      `resource "aws_instance" "i" {
  ami                         = "ami-1"
  associate_public_ip_address = true
}`,
      `resource "aws_launch_template" "lt" {
  network_interfaces { associate_public_ip_address = true }
}`,
    ],
  },
});
