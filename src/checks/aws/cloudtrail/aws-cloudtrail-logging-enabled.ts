import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudtrail-logging-enabled',
  title: 'CloudTrail trail is logging',
  severity: 'medium',
  aliases: ['CKV_AWS_251'],
  resourceTypes: ['aws_cloudtrail'],
  description: 'enable_logging = false keeps the trail defined but stops it recording API calls: the account looks audited and is not.',
  remediation: `\`\`\`hcl
resource "aws_cloudtrail" "main" {
  enable_logging = true # the default
  # …
}
\`\`\``,
  check: expectAt('enable_logging', isTrue, 'The trail does not record events (enable_logging = false)', 'pass'),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail-logs"
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail-logs"
  enable_logging = false
}`,
    ],
  },
});
