import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sfn-execution-logging',
  title: 'Step Functions state machines log their execution history',
  severity: 'low',
  aliases: ['CKV_AWS_285'],
  resourceTypes: ['aws_sfn_state_machine'],
  description:
    'A logging_configuration with include_execution_data = true sends each execution’s events, inputs and outputs to CloudWatch Logs, which is what is needed to investigate a failed or abused workflow. ' +
    'Mind that inputs and outputs may carry personal data.',
  remediation: `\`\`\`hcl
logging_configuration {
  log_destination        = "\${aws_cloudwatch_log_group.sfn.arn}:*"
  include_execution_data = true
  level                  = "ERROR"
}
\`\`\``,
  check: expectAt(
    'logging_configuration.include_execution_data',
    isTrue,
    'The state machine does not log execution data (include_execution_data is not true)',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_sfn_state_machine" "s" {
  name       = "flow"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  logging_configuration {
    log_destination        = "arn:aws:logs:eu-west-1:123456789012:log-group:sfn:*"
    include_execution_data = true
    level                  = "ERROR"
  }
}`,
    ],
    bad: [
      `resource "aws_sfn_state_machine" "s" {
  name       = "flow"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}`,
    ],
  },
});
