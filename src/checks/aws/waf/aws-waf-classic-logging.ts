import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-waf-classic-logging',
  title: 'WAF Classic web ACLs log requests',
  severity: 'low',
  aliases: ['CKV_AWS_176'],
  resourceTypes: ['aws_waf_web_acl', 'aws_wafregional_web_acl'],
  description:
    'Without a logging_configuration the web ACL keeps no record of the requests it allowed or blocked, so attacks and false positives cannot be investigated. ' +
    '(WAF Classic is retired; migrate to aws_wafv2_web_acl.)',
  remediation: `\`\`\`hcl
logging_configuration {
  log_destination = aws_kinesis_firehose_delivery_stream.waf.arn
}
\`\`\``,
  check: expectAt(
    'logging_configuration.log_destination',
    nonEmpty,
    'The web ACL does not log requests (no logging_configuration)',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_waf_web_acl" "w" {
  name        = "acl"
  metric_name = "acl"
  default_action {
    type = "ALLOW"
  }
  logging_configuration {
    log_destination = "arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-acl"
  }
}`,
    ],
    bad: [
      `resource "aws_wafregional_web_acl" "w" {
  name        = "acl"
  metric_name = "acl"
  default_action {
    type = "ALLOW"
  }
}`,
    ],
  },
});
