import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';
import { ebsEncryptedByDefault } from './ebs-default';

const check = expectAt('encrypted', isTrue, 'The EBS volume is not encrypted');

export default defineRule({
  id: 'aws-ebs-encryption',
  title: 'EBS volume is encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_3', 'AVD-AWS-0026'],
  legacyIds: ['aws-ebs-enable-volume-encryption'],
  resourceTypes: ['aws_ebs_volume'],
  description:
    'Unencrypted volumes (and their snapshots) expose data at rest. Not reported when EBS encryption by default is enabled in the configuration.',
  remediation: `\`\`\`hcl
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}
\`\`\``,
  check: (res, ctx) => (ebsEncryptedByDefault(ctx) || typeof res.attributes.snapshot_id === 'string' ? undefined : check(res, ctx)),
  examples: {
    good: [
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
}`,
      // A bare True (invalid HCL boolean) is read for its plain intent.
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = True
}`,
    ],
    bad: [
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = False
}`,
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
}`,
      `variable "encrypt" { default = false }
resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = var.encrypt
}`,
    ],
  },
});
