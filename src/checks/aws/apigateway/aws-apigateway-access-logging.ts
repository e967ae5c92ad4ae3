import { defineRule } from '../../types';
import { blocks, read } from '../../values';

export default defineRule({
  id: 'aws-apigateway-access-logging',
  title: 'API Gateway stage has access logging',
  severity: 'medium',
  aliases: ['CKV_AWS_76', 'CKV_AWS_95', 'AVD-AWS-0001'],
  legacyIds: ['aws-api-gateway-enable-access-logging'],
  resourceTypes: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage'],
  description: 'Access logs record who called which route and with what result, needed to investigate abuse.',
  remediation: `\`\`\`hcl
access_log_settings {
  destination_arn = aws_cloudwatch_log_group.api.arn
  format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.access_log_settings);
    if (!list) return;
    if (list.length === 0) return { message: 'The stage has no access logging' };
    for (const s of list) if (read(s, 'destination_arn') === undefined) return;
  },
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "a"
  deployment_id = "d"
  access_log_settings {
    destination_arn = "arn:aws:logs:us-east-1:123456789012:log-group:api"
    format          = "$context.requestId"
  }
}`,
    ],
    bad: [
      `resource "aws_apigatewayv2_stage" "s" {
  api_id = "a"
  name   = "prod"
}`,
    ],
  },
});
