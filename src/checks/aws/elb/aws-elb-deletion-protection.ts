import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elb-deletion-protection',
  title: 'Load balancer has deletion protection',
  severity: 'low',
  aliases: ['CKV_AWS_150'],
  resourceTypes: ['aws_lb', 'aws_alb'],
  description: 'Deletion protection keeps a production entry point from being removed by an API call or terraform destroy.',
  remediation: `\`\`\`hcl
enable_deletion_protection = true
\`\`\``,
  check: expectAt('enable_deletion_protection', isTrue, 'Deletion protection is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_lb" "lb" {
  enable_deletion_protection = true
}`,
    ],
    bad: [
      `resource "aws_lb" "lb" {
  name = "web"
}`,
    ],
  },
});
