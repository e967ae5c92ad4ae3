import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elb-desync-mitigation',
  title: 'Load balancer uses a defensive or strictest desync mitigation mode',
  severity: 'low',
  aliases: ['CKV_AWS_328'],
  resourceTypes: ['aws_lb', 'aws_alb', 'aws_elb'],
  description: 'The "monitor" mode lets ambiguous, possibly smuggled requests through to the targets.',
  remediation: `\`\`\`hcl
desync_mitigation_mode = "defensive"
\`\`\``,
  check: expectAt('desync_mitigation_mode', equals('defensive', 'strictest'), 'desync_mitigation_mode is "monitor"', 'pass'),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  name = "web"
}`,
    ],
    bad: [
      `resource "aws_lb" "lb" {
  desync_mitigation_mode = "monitor"
}`,
    ],
  },
});
