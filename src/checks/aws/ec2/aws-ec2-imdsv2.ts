import { defineRule } from '../../types';
import { blocks, read } from '../../values';

export default defineRule({
  id: 'aws-ec2-imdsv2',
  title: 'EC2 instance metadata service requires session tokens (IMDSv2)',
  severity: 'high',
  aliases: ['CKV_AWS_79', 'AVD-AWS-0028'],
  legacyIds: ['aws-ec2-enforce-http-token-imds'],
  resourceTypes: ['aws_instance', 'aws_launch_template'],
  description:
    'IMDSv1 answers plain GET requests, so an SSRF bug in an application can steal the instance role credentials. ' +
    'Require tokens (http_tokens = "required") unless the metadata endpoint is disabled.',
  remediation: `\`\`\`hcl
metadata_options {
  http_endpoint = "enabled"
  http_tokens   = "required"
}
\`\`\``,
  check: (res) => {
    const list = blocks(res.attributes.metadata_options);
    if (!list) return;
    if (list.length === 0) return { message: 'metadata_options is not set: IMDSv1 is allowed (http_tokens defaults to "optional")' };
    for (const m of list) {
      const endpoint = read(m, 'http_endpoint');
      if (endpoint === 'disabled') continue;
      const tokens = read(m, 'http_tokens');
      if (tokens === undefined || endpoint === undefined) continue;
      if (tokens !== 'required') return { attribute: 'metadata_options', message: 'http_tokens is not "required": IMDSv1 is allowed' };
    }
  },
  examples: {
    good: [
      `resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "required"
  }
}`,
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_endpoint = "disabled"
  }
}`,
    ],
    bad: [
      `resource "aws_instance" "web" {
  ami           = "ami-123"
  instance_type = "t3.micro"
}`,
      `resource "aws_launch_template" "lt" {
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}`,
    ],
  },
});
