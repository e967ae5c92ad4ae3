import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-wafv2-logging',
  title: 'WAFv2 web ACLs log requests',
  severity: 'low',
  aliases: ['CKV2_AWS_31'],
  resourceTypes: ['aws_wafv2_web_acl'],
  description:
    'Without an aws_wafv2_web_acl_logging_configuration the web ACL keeps no record of the requests it allowed or blocked: attacks and false positives cannot be investigated (sampled requests keep only three hours).',
  remediation: `\`\`\`hcl
resource "aws_wafv2_web_acl_logging_configuration" "acl" {
  resource_arn            = aws_wafv2_web_acl.acl.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn] # name must start with aws-waf-logs-
}
\`\`\``,
  check: (acl, ctx) => {
    const { found, uncertain } = ctx.linked(acl, 'aws_wafv2_web_acl_logging_configuration', 'resource_arn');
    if (found.length === 0 && !uncertain) return { message: 'The web ACL has no logging configuration' };
  },
  examples: {
    good: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "acl"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acl"
    sampled_requests_enabled   = true
  }
}
resource "aws_wafv2_web_acl_logging_configuration" "l" {
  resource_arn            = aws_wafv2_web_acl.w.arn
  log_destination_configs = ["arn:aws:logs:eu-west-1:123456789012:log-group:aws-waf-logs-acl"]
}`,
    ],
    bad: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "acl"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "acl"
    sampled_requests_enabled   = true
  }
}`,
    ],
  },
});
