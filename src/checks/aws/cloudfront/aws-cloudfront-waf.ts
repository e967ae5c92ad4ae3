import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudfront-waf',
  title: 'CloudFront distribution is protected by a WAF web ACL',
  severity: 'medium',
  aliases: ['CKV_AWS_68', 'AVD-AWS-0011'],
  legacyIds: ['aws-cloudfront-enable-waf'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description: 'A web ACL filters common attacks (SQL injection, XSS, bad bots, request floods) before they reach the origin.',
  remediation: `\`\`\`hcl
web_acl_id = aws_wafv2_web_acl.cdn.arn
\`\`\``,
  check: expectAt('web_acl_id', nonEmpty, 'The distribution has no WAF web ACL', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled    = true
  web_acl_id = "arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/1"
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`,
    ],
  },
});
