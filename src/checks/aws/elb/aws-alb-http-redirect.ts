import type { TfResource } from '../../../terraform/model';
import { defineRule } from '../../types';
import { blocks, num, read, str } from '../../values';

/** Does a listener serve plain HTTP without redirecting to HTTPS:443? undefined when unknown. */
function servesPlainHttp(listener: TfResource): boolean | undefined {
  const protocol = read(listener, 'protocol');
  if (protocol === undefined) return undefined;
  const p = typeof protocol === 'symbol' ? 'HTTP' : str(protocol)?.toUpperCase();
  if (p !== 'HTTP') return false;
  const actions = blocks(listener.attributes.default_action);
  if (actions === undefined) return undefined;
  for (const a of actions) {
    const type = read(a, 'type');
    if (type === undefined) return undefined;
    if (type !== 'redirect') continue;
    const r = blocks(a.redirect);
    if (r === undefined) return undefined;
    for (const x of r) {
      const proto = read(x, 'protocol');
      const port = read(x, 'port');
      if (proto === undefined || port === undefined) return undefined;
      if (str(proto)?.toUpperCase() === 'HTTPS' && num(port) === 443) return false;
    }
  }
  return true;
}

export default defineRule({
  id: 'aws-alb-http-redirect',
  title: 'Application load balancers redirect HTTP to HTTPS',
  severity: 'medium',
  aliases: ['CKV2_AWS_20'],
  // aws_alb / aws_alb_listener are the older names of aws_lb / aws_lb_listener.
  resourceTypes: ['aws_lb', 'aws_alb'],
  description:
    'A plain-HTTP listener on an application load balancer should only redirect to HTTPS (port 443); serving content on it exposes sessions and data to anyone on the network path.',
  remediation: `\`\`\`hcl
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.app.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
\`\`\``,
  check: (lb, ctx) => {
    const type = read(lb, 'load_balancer_type');
    if (type === undefined || (typeof type === 'string' && type !== 'application')) return;
    for (const listenerType of ['aws_lb_listener', 'aws_alb_listener']) {
      for (const l of ctx.linked(lb, listenerType, 'load_balancer_arn').found) {
        if (servesPlainHttp(l) === true) return { message: `The listener ${l.address} serves plain HTTP instead of redirecting to HTTPS` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_lb" "l" {
  subnets = ["subnet-1", "subnet-2"]
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.l.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_lb" "l" {
  subnets = ["subnet-1", "subnet-2"]
}
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.l.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/1"
  }
}`,
      `resource "aws_alb" "l" {
  subnets = ["subnet-1", "subnet-2"]
}
resource "aws_alb_listener" "http" {
  load_balancer_arn = aws_alb.l.arn
  port              = 80
  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "200"
    }
  }
}`,
    ],
  },
});
