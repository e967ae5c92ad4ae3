import { atMost, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ec2-launch-template-hop-limit',
  title: 'Launch templates and launch configurations limit the metadata response hop limit to 1',
  severity: 'low',
  aliases: ['CKV_AWS_341'],
  resourceTypes: ['aws_launch_template', 'aws_launch_configuration'],
  description: 'A hop limit above 1 lets containers on the instance reach the metadata service and the instance role credentials.',
  remediation: `\`\`\`hcl
metadata_options {
  http_tokens                 = "required"
  http_put_response_hop_limit = 1
}
\`\`\``,
  check: expectAt('metadata_options.http_put_response_hop_limit', atMost(1), 'The metadata response hop limit is greater than 1', 'pass'),
  examples: {
    good: [
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}`,
    ],
    bad: [
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 3
  }
}`,
    ],
  },
});
