import { defineRule } from '../../types';
import { str } from '../../values';

/** ELB security policies that still accept TLS 1.0 / 1.1. */
const OUTDATED = new Set([
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSecurityPolicy-FS-1-1-2019-08',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
  'ELBSecurityPolicy-TLS13-1-1-2021-06',
  'ELBSecurityPolicy-TLS13-1-0-PQ-2025-09',
  'ELBSecurityPolicy-TLS13-1-1-PQ-2025-09',
]);

export default defineRule({
  id: 'aws-elb-tls-policy',
  title: 'Load balancer listener requires TLS 1.2 or later',
  severity: 'high',
  aliases: ['CKV_AWS_103', 'AVD-AWS-0047'],
  legacyIds: ['aws-elb-use-secure-tls-policy'],
  resourceTypes: ['aws_lb_listener', 'aws_alb_listener'],
  description:
    'HTTPS and TLS listeners with an outdated ssl_policy (or none: the default still allows TLS 1.0 on older provider versions) accept TLS 1.0/1.1.',
  remediation: `\`\`\`hcl
ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"
\`\`\``,
  check: (res) => {
    const protocol = str(res.attributes.protocol)?.toUpperCase();
    if (protocol !== 'HTTPS' && protocol !== 'TLS') return;
    const policy = res.attributes.ssl_policy;
    if (policy === undefined || policy === null)
      return { attribute: 'protocol', message: 'No ssl_policy is set: the default policy accepts TLS versions older than 1.2' };
    const p = str(policy);
    if (p !== undefined && OUTDATED.has(p))
      return { attribute: 'ssl_policy', message: `ssl_policy ${p} accepts TLS versions older than 1.2` };
  },
  examples: {
    good: [
      `resource "aws_lb_listener" "l" {
  load_balancer_arn = "arn"
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
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
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = "arn:cert"
  default_action {
    type             = "forward"
    target_group_arn = "arn:tg"
  }
}`,
    ],
  },
});
