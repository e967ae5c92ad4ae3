import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-vpc-flow-logs',
  title: 'VPC has flow logs enabled',
  severity: 'medium',
  aliases: ['CKV2_AWS_11', 'AVD-AWS-0178'],
  legacyIds: ['aws-ec2-require-vpc-flow-logs-for-all-vpcs', 'aws-vpc-require-vpc-flow-logs-for-all-vpcs'],
  resourceTypes: ['aws_vpc'],
  description:
    'Flow logs record accepted and rejected traffic, needed to investigate incidents and spot unexpected connections. An aws_flow_log pointing at the VPC (vpc_id) counts.',
  remediation: `\`\`\`hcl
resource "aws_flow_log" "main" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = aws_iam_role.flow.arn
}
\`\`\``,
  check: (vpc, ctx) => {
    const links = ctx.linked(vpc, 'aws_flow_log', 'vpc_id');
    if (links.found.length > 0 || links.uncertain) return;
    return { message: `VPC "${vpc.name}" has no flow log` };
  },
  examples: {
    good: [
      `resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_flow_log" "f" {
  vpc_id       = aws_vpc.main.id
  traffic_type = "ALL"
}`,
    ],
    bad: [`resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }`],
  },
});
