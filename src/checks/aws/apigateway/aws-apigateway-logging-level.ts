import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-apigateway-logging-level',
  title: 'API Gateway stages log executions and publish metrics',
  severity: 'low',
  aliases: ['CKV2_AWS_4'],
  resourceTypes: ['aws_api_gateway_stage'],
  description:
    'Execution logging (logging_level "ERROR" or "INFO") and CloudWatch metrics are set per stage in aws_api_gateway_method_settings; without them failed integrations and throttling are invisible. ' +
    'The stage needs method settings (linked by stage name) with both.',
  remediation: `\`\`\`hcl
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}
\`\`\``,
  check: (stage, ctx) => {
    const { found, uncertain } = ctx.linked(stage, 'aws_api_gateway_method_settings', 'stage_name', ['stage_name']);
    let unknown = uncertain;
    for (const ms of found) {
      const settings = blocks(ms.attributes.settings);
      if (settings === undefined) {
        unknown = true;
        continue;
      }
      for (const s of settings) {
        const level = read(s, 'logging_level');
        const metrics = bool(read(s, 'metrics_enabled'), false);
        if (level === undefined || metrics === undefined) unknown = true;
        else if ((level === 'ERROR' || level === 'INFO') && metrics) return;
      }
    }
    if (unknown) return;
    return {
      message: found.length
        ? 'The stage’s method settings do not both log executions (logging_level ERROR or INFO) and publish metrics'
        : 'The stage has no method settings: execution logging and metrics are off',
    };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}
resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = aws_api_gateway_stage.s.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "INFO"
    metrics_enabled = true
  }
}`,
    ],
    bad: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}`,
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}
resource "aws_api_gateway_method_settings" "m" {
  rest_api_id = "abc"
  stage_name  = aws_api_gateway_stage.s.stage_name
  method_path = "*/*"
  settings {
    logging_level = "OFF"
  }
}`,
    ],
  },
});
