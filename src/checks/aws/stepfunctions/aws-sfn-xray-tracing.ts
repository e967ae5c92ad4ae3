import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sfn-xray-tracing',
  title: 'Step Functions state machine has X-Ray tracing enabled',
  severity: 'low',
  aliases: ['CKV_AWS_284'],
  resourceTypes: ['aws_sfn_state_machine'],
  description: 'X-Ray traces show each state transition and the services it called, which is how slow or failing steps are found.',
  remediation: `\`\`\`hcl
tracing_configuration {
  enabled = true
}
\`\`\``,
  check: expectAt('tracing_configuration.enabled', isTrue, 'X-Ray tracing is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_sfn_state_machine" "m" {
  name       = "orders"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = "{}"
  tracing_configuration {
    enabled = true
  }
}`,
    ],
    bad: [
      `resource "aws_sfn_state_machine" "m" {
  name       = "orders"
  role_arn   = "arn:aws:iam::111122223333:role/sfn"
  definition = "{}"
}`,
    ],
  },
});
