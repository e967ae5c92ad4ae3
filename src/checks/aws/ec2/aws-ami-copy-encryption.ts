import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ami-copy-encryption',
  title: 'AMI copies are encrypted',
  severity: 'medium',
  aliases: ['CKV_AWS_235'],
  resourceTypes: ['aws_ami_copy'],
  description:
    'aws_ami_copy keeps the source snapshots unencrypted unless encrypted = true; instances launched from it get unencrypted root volumes.',
  remediation: `\`\`\`hcl
resource "aws_ami_copy" "app" {
  name              = "app"
  source_ami_id     = var.ami_id
  source_ami_region = "eu-west-1"
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}
\`\`\``,
  check: expectAt('encrypted', isTrue, 'The AMI copy is not encrypted (encrypted is not true)', 'fail'),
  examples: {
    good: [
      `resource "aws_ami_copy" "c" {
  name              = "app"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true
}`,
    ],
    bad: [
      `resource "aws_ami_copy" "c" {
  name              = "app"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
}`,
    ],
  },
});
