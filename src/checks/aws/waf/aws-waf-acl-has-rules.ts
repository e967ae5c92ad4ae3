import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-waf-acl-has-rules',
  title: 'WAF web ACL has rules',
  severity: 'medium',
  aliases: ['CKV_AWS_175'],
  resourceTypes: ['aws_wafv2_web_acl', 'aws_waf_web_acl', 'aws_wafregional_web_acl'],
  description: 'A web ACL without rules applies only its default action to every request: it is attached but filters nothing.',
  remediation: `\`\`\`hcl
rule {
  name     = "common"
  priority = 1
  override_action {
    none {}
  }
  statement {
    managed_rule_group_statement {
      vendor_name = "AWS"
      name        = "AWSManagedRulesCommonRuleSet"
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "common"
    sampled_requests_enabled   = true
  }
}
\`\`\``,
  // aws_wafv2_web_acl and aws_wafregional_web_acl take `rule` blocks, aws_waf_web_acl `rules` blocks.
  check: (res) => {
    let unknown = false;
    for (const key of ['rule', 'rules']) {
      const list = blocks(res.attributes[key]);
      if (list === undefined) unknown = true;
      else if (list.some((b) => Object.keys(b).length > 0)) return;
    }
    if (unknown) return;
    return { message: 'The web ACL has no rules' };
  },
  examples: {
    good: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "web"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  rule {
    name     = "common"
    priority = 1
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }
    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "web"
    sampled_requests_enabled   = true
  }
}`,
    ],
    bad: [
      `resource "aws_wafv2_web_acl" "w" {
  name  = "web"
  scope = "REGIONAL"
  default_action {
    allow {}
  }
  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "web"
    sampled_requests_enabled   = true
  }
}`,
    ],
  },
});
