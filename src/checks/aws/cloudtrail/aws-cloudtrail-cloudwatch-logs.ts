import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudtrail-cloudwatch-logs',
  title: 'CloudTrail is integrated with CloudWatch Logs',
  severity: 'low',
  aliases: ['CKV2_AWS_10', 'AVD-AWS-0162'],
  legacyIds: ['aws-cloudtrail-ensure-cloudwatch-integration'],
  resourceTypes: ['aws_cloudtrail'],
  description: 'Sending the trail to CloudWatch Logs enables metric filters and alarms on API activity (root logins, policy changes, …).',
  remediation: `\`\`\`hcl
cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
cloud_watch_logs_role_arn  = aws_iam_role.trail.arn
\`\`\``,
  check: expectAt('cloud_watch_logs_group_arn', nonEmpty, 'The trail is not sent to CloudWatch Logs', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name                       = "main"
  s3_bucket_name             = "trail"
  cloud_watch_logs_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:trail:*"
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
