import { defineRule } from '../../types';
import { read, str } from '../../values';

export default defineRule({
  id: 'aws-apigatewayv2-route-authorization',
  title: 'API Gateway v2 route specifies an authorization type',
  severity: 'low',
  aliases: ['CKV_AWS_309'],
  resourceTypes: ['aws_apigatewayv2_route'],
  description:
    'Routes default to authorization_type = "NONE": anyone can call them. The $default and OPTIONS routes of public APIs are often intentional; review them.',
  remediation: `\`\`\`hcl
authorization_type = "JWT"
authorizer_id      = aws_apigatewayv2_authorizer.jwt.id
\`\`\``,
  check: (res) => {
    const key = str(read(res, 'route_key'));
    if (key !== undefined && key.startsWith('OPTIONS ')) return;
    const t = read(res, 'authorization_type');
    if (t === undefined) return;
    const s = str(t);
    if (s === undefined || s.toUpperCase() === 'NONE')
      return {
        attribute: s === undefined ? undefined : 'authorization_type',
        message: `Route ${key ?? ''} has no authorization`.replace('  ', ' '),
      };
  },
  examples: {
    good: [
      `resource "aws_apigatewayv2_route" "r" {
  api_id             = "a"
  route_key          = "GET /items"
  authorization_type = "AWS_IAM"
}`,
    ],
    bad: [
      `resource "aws_apigatewayv2_route" "r" {
  api_id    = "a"
  route_key = "GET /items"
}`,
    ],
  },
});
