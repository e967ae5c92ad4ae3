import { expectAt, isTrue, when } from '../../dsl';
import { read } from '../../values';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elb-internal',
  title: 'Load balancer is internal unless it must face the internet',
  severity: 'low',
  aliases: ['AVD-AWS-0053'],
  legacyIds: ['aws-elb-alb-not-public'],
  resourceTypes: ['aws_lb', 'aws_alb'],
  description: 'Internet-facing load balancers are reachable by anyone; make internal the default and expose only deliberate entry points.',
  remediation: `\`\`\`hcl
internal = true
\`\`\``,
  // A Gateway Load Balancer has no listeners reachable from the internet (it takes traffic from endpoints).
  check: when(
    (res) => read(res, 'load_balancer_type') !== 'gateway',
    expectAt('internal', isTrue, 'The load balancer is internet-facing', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  internal = true
}`,
    ],
    bad: [
      `resource "aws_lb" "lb" {
  name = "web"
}`,
    ],
  },
});
