import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-transit-gateway-no-auto-accept',
  title: 'Transit gateways do not accept shared VPC attachments automatically',
  severity: 'medium',
  aliases: ['CKV_AWS_331'],
  resourceTypes: ['aws_ec2_transit_gateway'],
  description:
    'With auto_accept_shared_attachments = "enable" any account the gateway is shared with can attach a VPC and route into your network without review.',
  remediation: `\`\`\`hcl
resource "aws_ec2_transit_gateway" "tgw" {
  auto_accept_shared_attachments = "disable"
}
\`\`\``,
  check: expectAt(
    'auto_accept_shared_attachments',
    notEquals('enable'),
    'The transit gateway accepts shared VPC attachments automatically',
    'pass',
  ),
  examples: {
    good: [
      `resource "aws_ec2_transit_gateway" "t" {}`,
      `resource "aws_ec2_transit_gateway" "t" {\n  auto_accept_shared_attachments = "disable"\n}`,
    ],
    bad: [`resource "aws_ec2_transit_gateway" "t" {\n  auto_accept_shared_attachments = "enable"\n}`],
  },
});
