import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudfront-enabled',
  title: 'CloudFront distribution is enabled',
  severity: 'low',
  aliases: ['CKV_AWS_216'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'A disabled distribution serves nothing but keeps its domain, certificates and origins configured — usually a leftover; if its DNS name is still published, it is also a takeover risk once deleted.',
  remediation: `Enable the distribution, or remove it and its DNS records:
\`\`\`hcl
resource "aws_cloudfront_distribution" "cdn" {
  enabled = true
  # …
}
\`\`\``,
  check: expectAt('enabled', isTrue, 'The distribution is disabled (enabled = false)', 'pass'),
  examples: {
    good: [`resource "aws_cloudfront_distribution" "d" {\n  enabled = true\n}`],
    bad: [`resource "aws_cloudfront_distribution" "d" {\n  enabled = false\n}`],
  },
});
