import type { TfResource } from '../../../terraform/model';
import type { RuleContext } from '../../context';
import { defineRule } from '../../types';
import { blocks, read, strings } from '../../values';

/** Is the stage's REST API private? undefined when the API cannot be found or read. */
function privateApi(stage: TfResource, ctx: RuleContext): boolean | undefined {
  const m = /aws_api_gateway_rest_api\.([\w-]+)/.exec(stage.expressions?.rest_api_id ?? '');
  if (!m) return undefined;
  const apis = ctx.inModuleOf(stage, `aws_api_gateway_rest_api.${m[1]}`);
  if (apis.length === 0) return undefined;
  let answer: boolean | undefined = false;
  for (const api of apis) {
    const cfg = blocks(api.attributes.endpoint_configuration);
    if (cfg === undefined) return undefined;
    const types = cfg.length ? strings(read(cfg[0], 'types')) : [];
    if (types === undefined) answer = undefined;
    else if (types.includes('PRIVATE')) return true;
  }
  return answer;
}

export default defineRule({
  id: 'aws-apigateway-waf',
  title: 'Public API Gateway REST API stages are protected by WAF',
  severity: 'medium',
  aliases: ['CKV2_AWS_29'],
  resourceTypes: ['aws_api_gateway_stage'],
  description:
    'A regional or edge-optimized REST API is reachable from the internet; a WAF web ACL associated with its stage filters common exploits, bots and floods before they reach the integration. ' +
    'Private APIs are not judged.',
  remediation: `\`\`\`hcl
resource "aws_wafv2_web_acl_association" "api" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}
\`\`\``,
  check: (stage, ctx) => {
    const priv = privateApi(stage, ctx);
    if (priv !== false) return;
    const v2 = ctx.linked(stage, 'aws_wafv2_web_acl_association', 'resource_arn');
    const classic = ctx.linked(stage, 'aws_wafregional_web_acl_association', 'resource_arn');
    if (v2.found.length || classic.found.length || v2.uncertain || classic.uncertain) return;
    return { message: 'The stage of a public REST API has no WAF web ACL association' };
  },
  examples: {
    good: [
      `resource "aws_api_gateway_rest_api" "a" {
  name = "api"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.a.id
  deployment_id = "d"
}
resource "aws_wafv2_web_acl_association" "w" {
  resource_arn = aws_api_gateway_stage.s.arn
  web_acl_arn  = "arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api/1"
}`,
      `resource "aws_api_gateway_rest_api" "a" {
  name = "api"
  endpoint_configuration {
    types = ["PRIVATE"]
  }
}
resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.a.id
  deployment_id = "d"
}`,
    ],
    bad: [
      `resource "aws_api_gateway_rest_api" "a" {
  name = "api"
}
resource "aws_api_gateway_stage" "s" {
  stage_name    = "prod"
  rest_api_id   = aws_api_gateway_rest_api.a.id
  deployment_id = "d"
}`,
    ],
  },
});
