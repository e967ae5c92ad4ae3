import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elb-drop-invalid-headers',
  title: 'Application load balancer drops invalid HTTP headers',
  severity: 'medium',
  aliases: ['CKV_AWS_131', 'AVD-AWS-0052'],
  legacyIds: ['aws-elb-drop-invalid-headers'],
  resourceTypes: ['aws_lb', 'aws_alb'],
  description: 'Dropping header fields with invalid characters protects backends from HTTP request smuggling and desync attacks.',
  remediation: `\`\`\`hcl
drop_invalid_header_fields = true
\`\`\``,
  check: when(
    (r) => r.attributes.load_balancer_type === undefined || r.attributes.load_balancer_type === 'application',
    expectAt('drop_invalid_header_fields', isTrue, 'Invalid HTTP header fields are passed to targets', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  load_balancer_type         = "application"
  drop_invalid_header_fields = true
}`,
      `resource "aws_lb" "nlb" {
  load_balancer_type = "network"
}`,
    ],
    bad: [
      `resource "aws_lb" "lb" {
  load_balancer_type = "application"
}`,
      `resource "aws_alb" "lb" {
  name = "web"
}`,
    ],
  },
});
