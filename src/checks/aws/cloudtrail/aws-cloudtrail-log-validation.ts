import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudtrail-log-validation',
  title: 'CloudTrail log file validation is enabled',
  severity: 'medium',
  aliases: ['CKV_AWS_36', 'AVD-AWS-0016'],
  legacyIds: ['aws-cloudtrail-enable-log-validation'],
  resourceTypes: ['aws_cloudtrail'],
  description: 'Validation digests prove that log files were not modified or deleted after delivery.',
  remediation: `\`\`\`hcl
enable_log_file_validation = true
\`\`\``,
  check: expectAt('enable_log_file_validation', isTrue, 'Log file validation is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name                       = "main"
  s3_bucket_name             = "trail"
  enable_log_file_validation = true
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`,
    ],
  },
});
