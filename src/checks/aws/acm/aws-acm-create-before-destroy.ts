import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-acm-create-before-destroy',
  title: 'ACM certificate is replaced create-before-destroy',
  severity: 'low',
  aliases: ['CKV_AWS_233'],
  resourceTypes: ['aws_acm_certificate'],
  description:
    'A certificate in use by a load balancer or distribution cannot be deleted first: without create_before_destroy a replacement fails or leaves listeners without a certificate.',
  remediation: `\`\`\`hcl
lifecycle {
  create_before_destroy = true
}
\`\`\``,
  check: expectAt(
    'lifecycle.create_before_destroy',
    isTrue,
    'A replacement destroys the old certificate before the new one exists',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_acm_certificate" "x" {
  domain_name       = "example.com"
  validation_method = "DNS"
  lifecycle {
    create_before_destroy = true
  }
}`,
    ],
    bad: [
      `resource "aws_acm_certificate" "x" {
  domain_name       = "example.com"
  validation_method = "DNS"
}`,
    ],
  },
});
