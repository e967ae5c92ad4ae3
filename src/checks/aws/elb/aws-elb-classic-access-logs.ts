import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';
import { blocks } from '../../values';

const enabledCheck = expectAt('access_logs.enabled', isTrue, 'Access logging is disabled', 'pass');

export default defineRule({
  id: 'aws-elb-classic-access-logs',
  title: 'Classic load balancer has access logs enabled',
  severity: 'low',
  aliases: ['CKV_AWS_92'],
  resourceTypes: ['aws_elb'],
  description: 'Access logs record every request (client, path, status, latency), needed for investigations.',
  remediation: `\`\`\`hcl
access_logs {
  bucket   = aws_s3_bucket.lb_logs.id
  interval = 60
}
\`\`\``,
  // enabled defaults to true inside an access_logs block; no block means no logs.
  check: (res, ctx) =>
    blocks(res.attributes.access_logs)?.length === 0 ? { message: 'Access logging is not enabled' } : enabledCheck(res, ctx),
  examples: {
    good: [
      `resource "aws_elb" "lb" {
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}`,
      `resource "aws_elb" "lb" {
  access_logs { bucket = "logs" }
}`,
    ],
    bad: [
      `resource "aws_elb" "lb" {
  name = "web"
}`,
    ],
  },
});
