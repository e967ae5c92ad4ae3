import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ebs-encryption-cmk',
  title: 'EBS volume is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_189', 'AVD-AWS-0027'],
  legacyIds: ['aws-ebs-encryption-customer-key'],
  resourceTypes: ['aws_ebs_volume'],
  description: 'Without kms_key_id the volume uses the AWS-managed aws/ebs key, whose policy you cannot restrict.',
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.ebs.arn
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The EBS volume does not use a customer-managed KMS key (kms_key_id is not set)'),
  examples: {
    good: [
      `resource "aws_kms_key" "k" { enable_key_rotation = true }
resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.k.arn
}`,
    ],
    bad: [
      `resource "aws_ebs_volume" "v" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
}`,
    ],
  },
});
