import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudtrail-sns-topic',
  title: 'CloudTrail notifies an SNS topic on log delivery',
  severity: 'low',
  aliases: ['CKV_AWS_252'],
  resourceTypes: ['aws_cloudtrail'],
  description: 'An SNS notification for each log delivery lets downstream tools process logs as they arrive.',
  remediation: `\`\`\`hcl
sns_topic_name = aws_sns_topic.trail.name
\`\`\``,
  check: expectAt('sns_topic_name', nonEmpty, 'The trail has no SNS topic', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
  sns_topic_name = "trail-events"
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
