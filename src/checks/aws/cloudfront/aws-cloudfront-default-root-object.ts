import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudfront-default-root-object',
  title: 'CloudFront distribution sets a default root object',
  severity: 'low',
  aliases: ['CKV_AWS_305'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description: 'Without a default root object, a request for "/" is forwarded to the origin, which may list its contents.',
  remediation: `\`\`\`hcl
default_root_object = "index.html"
\`\`\``,
  check: expectAt('default_root_object', nonEmpty, 'The distribution has no default root object', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled             = true
  default_root_object = "index.html"
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`,
    ],
  },
});
