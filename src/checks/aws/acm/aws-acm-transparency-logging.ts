import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-acm-transparency-logging',
  title: 'ACM certificate is recorded in certificate transparency logs',
  severity: 'low',
  aliases: ['CKV_AWS_234'],
  resourceTypes: ['aws_acm_certificate'],
  description:
    'Browsers such as Chrome and Safari reject public certificates that are not in a transparency log, and logging lets you detect certificates issued for your domains by mistake. Enabled unless turned off.',
  remediation: `\`\`\`hcl
options {
  certificate_transparency_logging_preference = "ENABLED"
}
\`\`\``,
  check: expectAt(
    'options.certificate_transparency_logging_preference',
    equals('ENABLED'),
    'Certificate transparency logging is disabled',
    'pass',
  ),
  examples: {
    good: [
      `resource "aws_acm_certificate" "c" {
  domain_name       = "example.com"
  validation_method = "DNS"
}`,
    ],
    bad: [
      `resource "aws_acm_certificate" "c" {
  domain_name       = "example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "DISABLED"
  }
}`,
    ],
  },
});
