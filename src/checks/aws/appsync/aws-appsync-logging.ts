import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-appsync-logging',
  title: 'AppSync GraphQL APIs send logs to CloudWatch Logs',
  severity: 'low',
  aliases: ['CKV_AWS_193'],
  resourceTypes: ['aws_appsync_graphql_api'],
  description:
    'Without a log_config (and the role AppSync uses to write logs) resolver errors, request traces and abuse of the API leave no record.',
  remediation: `\`\`\`hcl
log_config {
  cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn
  field_log_level          = "ERROR"
}
\`\`\``,
  check: expectAt('log_config.cloudwatch_logs_role_arn', nonEmpty, 'The API does not send logs to CloudWatch Logs (no log_config)', 'fail'),
  examples: {
    good: [
      `resource "aws_appsync_graphql_api" "a" {
  name                = "api"
  authentication_type = "AWS_IAM"
  log_config {
    cloudwatch_logs_role_arn = "arn:aws:iam::123456789012:role/appsync-logs"
    field_log_level          = "ERROR"
  }
}`,
    ],
    bad: [
      `resource "aws_appsync_graphql_api" "a" {
  name                = "api"
  authentication_type = "AWS_IAM"
}`,
    ],
  },
});
