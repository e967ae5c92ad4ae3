import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-vpc-endpoint-service-acceptance',
  title: 'VPC endpoint services require manual acceptance of connections',
  severity: 'medium',
  aliases: ['CKV_AWS_123'],
  resourceTypes: ['aws_vpc_endpoint_service'],
  description:
    'With acceptance_required = false every principal allowed to create an endpoint connects to the service at once; requiring acceptance lets the owner review each consumer.',
  remediation: `\`\`\`hcl
resource "aws_vpc_endpoint_service" "svc" {
  acceptance_required        = true
  network_load_balancer_arns = [aws_lb.svc.arn]
}
\`\`\``,
  check: expectAt(
    'acceptance_required',
    isTrue,
    'The endpoint service accepts connections without review (acceptance_required is not true)',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_vpc_endpoint_service" "s" {
  acceptance_required        = true
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/svc/1"]
}`,
    ],
    bad: [
      `resource "aws_vpc_endpoint_service" "s" {
  acceptance_required        = false
  network_load_balancer_arns = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/svc/1"]
}`,
    ],
  },
});
