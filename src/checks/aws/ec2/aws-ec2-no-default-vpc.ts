import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ec2-no-default-vpc',
  title: 'The default VPC is not used',
  severity: 'low',
  aliases: ['CKV_AWS_148', 'AVD-AWS-0101'],
  legacyIds: ['aws-ec2-no-default-vpc'],
  resourceTypes: ['aws_default_vpc'],
  description: 'The default VPC has public subnets and permissive defaults; build a VPC designed for the workload instead.',
  remediation: `\`\`\`hcl
resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}
\`\`\``,
  check: () => ({ message: 'The configuration manages the default VPC' }),
  examples: {
    good: [`resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }`],
    bad: [`resource "aws_default_vpc" "default" {}`],
  },
});
