import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudformation-stack-notifications',
  title: 'CloudFormation stack sends its events to an SNS topic',
  severity: 'low',
  aliases: ['CKV_AWS_124'],
  resourceTypes: ['aws_cloudformation_stack'],
  description:
    'notification_arns publishes stack events (creates, updates, rollbacks, deletes) so changes made outside Terraform are noticed.',
  remediation: `\`\`\`hcl
notification_arns = [aws_sns_topic.stack_events.arn]
\`\`\``,
  check: expectAt('notification_arns', nonEmpty, 'The stack sends no event notifications', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudformation_stack" "s" {
  name              = "network"
  template_url      = "https://s3.amazonaws.com/templates/network.yaml"
  notification_arns = ["arn:aws:sns:us-east-1:123456789012:stack-events"]
}`,
    ],
    bad: [
      `resource "aws_cloudformation_stack" "s" {
  name         = "network"
  template_url = "https://s3.amazonaws.com/templates/network.yaml"
}`,
    ],
  },
});
