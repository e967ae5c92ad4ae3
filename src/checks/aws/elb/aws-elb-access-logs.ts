import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elb-access-logs',
  title: 'Load balancer has access logs enabled',
  severity: 'low',
  aliases: ['CKV_AWS_91'],
  resourceTypes: ['aws_lb', 'aws_alb'],
  description: 'Access logs record every request (client, path, status, latency), needed for investigations.',
  remediation: `\`\`\`hcl
access_logs {
  bucket  = aws_s3_bucket.lb_logs.id
  enabled = true
}
\`\`\``,
  check: when(
    (r) => r.attributes.load_balancer_type !== 'gateway',
    expectAt('access_logs.enabled', isTrue, 'Access logging is not enabled', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}`,
    ],
    bad: [
      `resource "aws_lb" "lb" {
  name = "web"
}`,
      `resource "aws_lb" "lb" {
  access_logs {
    bucket  = "logs"
    enabled = false
  }
}`,
    ],
  },
});
