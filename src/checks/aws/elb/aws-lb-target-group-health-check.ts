import { defineRule } from '../../types';
import { blocks, isSet, read } from '../../values';

export default defineRule({
  id: 'aws-lb-target-group-health-check',
  title: 'HTTP(S) target groups define a health check path',
  severity: 'low',
  aliases: ['CKV_AWS_261'],
  // aws_alb_target_group is the older name of aws_lb_target_group.
  resourceTypes: ['aws_lb_target_group', 'aws_alb_target_group'],
  description:
    'Without a health_check path the load balancer probes "/", which many applications answer with a redirect or a page that does not exercise the app: broken targets keep receiving traffic.',
  remediation: `\`\`\`hcl
health_check {
  path    = "/healthz"
  matcher = "200"
}
\`\`\``,
  check: (res) => {
    const protocol = read(res, 'protocol');
    if (protocol !== 'HTTP' && protocol !== 'HTTPS') return;
    const hc = blocks(res.attributes.health_check);
    if (hc === undefined) return;
    const path = hc.length ? isSet(read(hc[0], 'path')) : false;
    if (path === false)
      return { attribute: hc.length ? 'health_check' : undefined, message: 'The target group does not define a health check path' };
  },
  examples: {
    good: [
      `resource "aws_lb_target_group" "t" {
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-1"
  health_check {
    path = "/healthz"
  }
}`,
      `resource "aws_lb_target_group" "t" {
  port     = 443
  protocol = "TCP"
  vpc_id   = "vpc-1"
}`,
    ],
    bad: [
      `resource "aws_lb_target_group" "t" {
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-1"
}`,
      `resource "aws_alb_target_group" "t" {
  port     = 443
  protocol = "HTTPS"
  vpc_id   = "vpc-1"
  health_check {
    matcher = "200"
  }
}`,
    ],
  },
});
