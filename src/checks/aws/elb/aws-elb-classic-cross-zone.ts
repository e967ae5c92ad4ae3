import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elb-classic-cross-zone',
  title: 'Classic load balancers balance across availability zones',
  severity: 'low',
  aliases: ['CKV_AWS_138'],
  resourceTypes: ['aws_elb'],
  description:
    'With cross_zone_load_balancing = false each zone’s nodes only reach that zone’s instances: losing instances in one zone overloads the rest of that zone while others idle.',
  remediation: `\`\`\`hcl
resource "aws_elb" "web" {
  cross_zone_load_balancing = true # the default
  # …
}
\`\`\``,
  check: expectAt('cross_zone_load_balancing', isTrue, 'Cross-zone load balancing is disabled', 'pass'),
  examples: {
    good: [
      `resource "aws_elb" "e" {
  availability_zones = ["eu-west-1a", "eu-west-1b"]
  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}`,
    ],
    bad: [
      `resource "aws_elb" "e" {
  availability_zones        = ["eu-west-1a", "eu-west-1b"]
  cross_zone_load_balancing = false
  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 443
    lb_protocol       = "https"
  }
}`,
    ],
  },
});
