import { isUnknown } from '../../../terraform/model';
import { defineRule } from '../../types';
import { isSet, read } from '../../values';

export default defineRule({
  id: 'aws-apigateway-client-certificate',
  title: 'API Gateway stages present a client certificate to the backend',
  severity: 'low',
  aliases: ['CKV2_AWS_51'],
  resourceTypes: ['aws_api_gateway_stage', 'aws_apigatewayv2_stage'],
  description:
    'With client_certificate_id the stage signs its calls to the integration with a certificate the backend can verify, so the backend accepts traffic only from API Gateway. ' +
    'HTTP API (v2) stages cannot use one and are not judged; WebSocket stages are.',
  remediation: `\`\`\`hcl
resource "aws_api_gateway_client_certificate" "backend" {
  description = "backend calls"
}

resource "aws_api_gateway_stage" "prod" {
  # …
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}
\`\`\``,
  check: (res, ctx) => {
    const cert = isSet(read(res, 'client_certificate_id'));
    if (cert !== false) return;
    if (res.type === 'aws_apigatewayv2_stage') {
      // Only WebSocket APIs support a client certificate: find the API by reference.
      const m = /aws_apigatewayv2_api\.([\w-]+)/.exec(res.expressions?.api_id ?? '');
      if (!m) return;
      const apis = ctx.inModuleOf(res, `aws_apigatewayv2_api.${m[1]}`);
      const protocols = new Set(apis.map((a) => a.attributes.protocol_type));
      if (protocols.size !== 1) return;
      const p = [...protocols][0];
      if (p === undefined || p === null || isUnknown(p) || p !== 'WEBSOCKET') return;
    }
    return { message: 'The stage does not present a client certificate to its backend (no client_certificate_id)' };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name            = "prod"
  rest_api_id           = "abc"
  deployment_id         = "d"
  client_certificate_id = "cert"
}`,
      `resource "aws_apigatewayv2_api" "a" {
  name          = "http"
  protocol_type = "HTTP"
}
resource "aws_apigatewayv2_stage" "s" {
  api_id = aws_apigatewayv2_api.a.id
  name   = "prod"
}`,
    ],
    bad: [
      `resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = "abc"
  deployment_id = "d"
}`,
      `resource "aws_apigatewayv2_api" "a" {
  name                       = "ws"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}
resource "aws_apigatewayv2_stage" "s" {
  api_id = aws_apigatewayv2_api.a.id
  name   = "prod"
}`,
    ],
  },
});
