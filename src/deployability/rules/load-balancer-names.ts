import { nameRule } from '../names';

const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const RULE = 'letters, digits and hyphens, not starting or ending with a hyphen';

export default nameRule(
  'load-balancer-names',
  'Load balancer and target group names fit in 32 characters',
  'ALB, NLB and target group names are at most 32 letters, digits and hyphens (name_prefix at most 6): longer names fail at apply time.',
  [
    {
      type: 'aws_lb',
      attribute: 'name',
      max: 32,
      pattern: /^(?!internal-)[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/,
      rule: `${RULE}, not starting with "internal-"`,
    },
    { type: 'aws_alb', attribute: 'name', max: 32, pattern: NAME, rule: RULE },
    { type: 'aws_lb_target_group', attribute: 'name', max: 32, pattern: NAME, rule: RULE },
    { type: 'aws_alb_target_group', attribute: 'name', max: 32, pattern: NAME, rule: RULE },
    { type: 'aws_lb_target_group', attribute: 'name_prefix', max: 6, pattern: /^[a-zA-Z0-9-]*$/, rule: RULE },
  ],
  {
    good: [
      `resource "aws_lb_target_group" "t" {
  name        = "shop-prod-checkout"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = "vpc-1"
}`,
    ],
    bad: [
      `resource "aws_lb_target_group" "t" {
  name        = "shop-production-checkoutservice-grpc"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = "vpc-1"
}`,
    ],
  },
);
