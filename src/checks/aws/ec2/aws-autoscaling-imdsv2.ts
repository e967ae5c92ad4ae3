import { defineRule } from '../../types';
import { blocks, read } from '../../values';

export default defineRule({
  id: 'aws-autoscaling-imdsv2',
  title: 'Launch configuration requires IMDSv2 session tokens',
  severity: 'high',
  aliases: ['CKV_AWS_79', 'AVD-AWS-0130'],
  legacyIds: ['aws-autoscaling-enforce-http-token-imds', 'aws-ec2-enforce-launch-config-http-token-imds'],
  resourceTypes: ['aws_launch_configuration', 'aws_launch_template'],
  description: 'Instances started from the launch configuration answer IMDSv1 requests unless http_tokens is "required".',
  remediation: `\`\`\`hcl
resource "aws_launch_configuration" "app" {
  metadata_options {
    http_tokens = "required"
  }
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.metadata_options);
    if (!list) return;
    if (list.length === 0) return { message: 'metadata_options is not set: IMDSv1 is allowed' };
    for (const m of list) {
      const endpoint = read(m, 'http_endpoint');
      const tokens = read(m, 'http_tokens');
      if (endpoint === 'disabled' || tokens === undefined || endpoint === undefined) continue;
      if (tokens !== 'required') return { attribute: 'metadata_options', message: 'http_tokens is not "required": IMDSv1 is allowed' };
    }
  },
  examples: {
    good: [
      `resource "aws_launch_configuration" "lc" {
  image_id      = "ami-1"
  instance_type = "t3.micro"
  metadata_options { http_tokens = "required" }
}`,
    ],
    bad: [
      `resource "aws_launch_configuration" "lc" {
  image_id      = "ami-1"
  instance_type = "t3.micro"
}`,
    ],
  },
});
