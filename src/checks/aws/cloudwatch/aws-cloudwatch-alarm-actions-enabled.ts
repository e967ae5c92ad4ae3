import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudwatch-alarm-actions-enabled',
  title: 'CloudWatch alarm actions are enabled',
  severity: 'low',
  aliases: ['CKV_AWS_319'],
  resourceTypes: ['aws_cloudwatch_metric_alarm'],
  description: 'With actions_enabled = false the alarm changes state but notifies no one and triggers no scaling or recovery action.',
  remediation: `\`\`\`hcl
resource "aws_cloudwatch_metric_alarm" "errors" {
  actions_enabled = true # the default
  alarm_actions   = [aws_sns_topic.alerts.arn]
  # …
}
\`\`\``,
  check: expectAt('actions_enabled', isTrue, 'The alarm’s actions are disabled (actions_enabled = false)', 'pass'),
  examples: {
    good: [
      `resource "aws_cloudwatch_metric_alarm" "a" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
}`,
    ],
    bad: [
      `resource "aws_cloudwatch_metric_alarm" "a" {
  alarm_name          = "errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 1
  actions_enabled     = false
}`,
    ],
  },
});
