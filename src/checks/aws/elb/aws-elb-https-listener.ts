import { defineRule } from '../../types';
import { blocks, str } from '../../values';

export default defineRule({
  id: 'aws-elb-https-listener',
  title: 'Load balancer listener uses HTTPS or redirects to it',
  severity: 'high',
  // Checkov's TLS-version check CKV_AWS_103 fails plain-HTTP listeners too: this is the rule that reports them.
  aliases: ['CKV_AWS_2', 'CKV_AWS_103', 'AVD-AWS-0054'],
  legacyIds: ['aws-elb-http-not-used'],
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  description: 'An HTTP listener that forwards traffic (instead of redirecting to HTTPS) serves the application unencrypted.',
  remediation: `Redirect HTTP to HTTPS and serve on 443:
\`\`\`hcl
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
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
  check: (res) => {
    const protocol = str(res.attributes.protocol);
    if (protocol === undefined) return;
    if (protocol.toUpperCase() !== 'HTTP') return;
    const actions = blocks(res.attributes.default_action);
    if (!actions) return;
    if (
      actions.length > 0 &&
      actions.every((a) => a.type === 'redirect' && String((blocks(a.redirect) ?? [])[0]?.protocol ?? '').toUpperCase() === 'HTTPS')
    )
      return;
    if (actions.some((a) => typeof a.type !== 'string')) return;
    if (actions.length > 0 && actions.every((a) => a.type === 'fixed-response')) return;
    return { attribute: 'protocol', message: 'The listener serves plain HTTP without redirecting to HTTPS' };
  },
  examples: {
    good: [
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
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
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:cert"
  default_action {
    type             = "forward"
    target_group_arn = "arn:tg"
  }
}`,
    ],
    bad: [
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = "arn:tg"
  }
}`,
    ],
  },
});
