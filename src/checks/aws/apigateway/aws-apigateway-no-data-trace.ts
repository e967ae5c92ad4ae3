import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-apigateway-no-data-trace',
  title: 'API Gateway method settings do not log full requests and responses',
  severity: 'medium',
  aliases: ['CKV_AWS_276'],
  resourceTypes: ['aws_api_gateway_method_settings'],
  description:
    'data_trace_enabled writes whole request and response bodies to CloudWatch Logs, including tokens and personal data; AWS advises against it in production.',
  remediation: `\`\`\`hcl
settings {
  logging_level      = "INFO"
  data_trace_enabled = false
}
\`\`\``,
  check: expectAt('settings.data_trace_enabled', isFalse, 'Full request/response logging (data trace) is enabled', 'pass'),
  examples: {
    good: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    logging_level      = "INFO"
    data_trace_enabled = false
  }
}`,
    ],
    bad: [
      `resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = "prod"
  method_path = "*/*"
  settings {
    data_trace_enabled = true
  }
}`,
    ],
  },
});
