import { defineRule } from '../../types';
import { bool, read, str } from '../../values';

export default defineRule({
  id: 'aws-elb-waf',
  title: 'Internet-facing application load balancer is protected by WAF',
  severity: 'medium',
  aliases: ['CKV2_AWS_28'],
  resourceTypes: ['aws_lb', 'aws_alb'],
  description:
    'A WAF web ACL associated with a public ALB filters common attacks before they reach the targets. An aws_wafv2_web_acl_association (or aws_wafregional_web_acl_association) pointing at the load balancer counts.',
  remediation: `\`\`\`hcl
resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = aws_wafv2_web_acl.web.arn
}
\`\`\``,
  check: (lb, ctx) => {
    const type = str(read(lb, 'load_balancer_type'));
    if (read(lb, 'load_balancer_type') === undefined || (type !== undefined && type !== 'application')) return;
    if (bool(read(lb, 'internal'), false) !== false) return;
    for (const assoc of ['aws_wafv2_web_acl_association', 'aws_wafregional_web_acl_association']) {
      const links = ctx.linked(lb, assoc, 'resource_arn');
      if (links.found.length > 0 || links.uncertain) return;
    }
    return { message: 'The internet-facing load balancer has no WAF web ACL' };
  },
  examples: {
    good: [
      `resource "aws_lb" "web" { name = "web" }
resource "aws_wafv2_web_acl_association" "web" {
  resource_arn = aws_lb.web.arn
  web_acl_arn  = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/web/1"
}`,
      `resource "aws_lb" "api" {
  name     = "api"
  internal = true
}`,
    ],
    bad: [`resource "aws_lb" "web" { name = "web" }`],
  },
});
