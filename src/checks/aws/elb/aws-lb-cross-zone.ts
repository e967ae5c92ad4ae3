import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-lb-cross-zone',
  title: 'Network and Gateway load balancers balance across availability zones',
  severity: 'low',
  aliases: ['CKV_AWS_152'],
  // aws_alb is the older name of aws_lb.
  resourceTypes: ['aws_lb', 'aws_alb'],
  description:
    'Network and Gateway Load Balancers have cross-zone load balancing off by default: each zone’s node only sends to targets in its own zone, so an uneven spread of targets overloads some. ' +
    'Application Load Balancers always balance across zones and are not judged.',
  remediation: `\`\`\`hcl
resource "aws_lb" "nlb" {
  load_balancer_type               = "network"
  enable_cross_zone_load_balancing = true
  # …
}
\`\`\``,
  check: when(
    (r) => {
      const t = r.attributes.load_balancer_type;
      return t === 'network' || t === 'gateway';
    },
    expectAt('enable_cross_zone_load_balancing', isTrue, 'Cross-zone load balancing is not enabled', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_lb" "l" {
  load_balancer_type               = "network"
  subnets                          = ["subnet-1", "subnet-2"]
  enable_cross_zone_load_balancing = true
}`,
      `resource "aws_lb" "l" {
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}`,
    ],
    bad: [
      `resource "aws_lb" "l" {
  load_balancer_type = "network"
  subnets            = ["subnet-1", "subnet-2"]
}`,
      `resource "aws_alb" "l" {
  load_balancer_type               = "gateway"
  subnets                          = ["subnet-1"]
  enable_cross_zone_load_balancing = false
}`,
    ],
  },
});
