import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-vpc-subnet-no-public-ip',
  title: 'Subnet does not assign public IPs on launch',
  severity: 'medium',
  aliases: ['CKV_AWS_130', 'AVD-AWS-0164'],
  legacyIds: ['aws-ec2-no-public-ip-subnet', 'aws-vpc-no-public-ip-subnet'],
  resourceTypes: ['aws_subnet'],
  description: 'With map_public_ip_on_launch every instance in the subnet becomes reachable from the internet by default.',
  remediation: `\`\`\`hcl
map_public_ip_on_launch = false
\`\`\``,
  check: expectAt('map_public_ip_on_launch', isFalse, 'Instances launched in this subnet get a public IP address', 'pass'),
  examples: {
    good: [
      `resource "aws_subnet" "s" {
  vpc_id     = "vpc-1"
  cidr_block = "10.0.1.0/24"
}`,
    ],
    bad: [
      `resource "aws_subnet" "s" {
  vpc_id                  = "vpc-1"
  cidr_block              = "10.0.1.0/24"
  map_public_ip_on_launch = true
}`,
    ],
  },
});
