import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-efs-cmk',
  title: 'EFS file system is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_184'],
  resourceTypes: ['aws_efs_file_system'],
  description:
    'An encrypted file system without kms_key_id uses the AWS-managed key aws/elasticfilesystem; a customer-managed key lets you control and audit who can decrypt the data.',
  remediation: `\`\`\`hcl
resource "aws_efs_file_system" "data" {
  encrypted  = true
  kms_key_id = aws_kms_key.efs.arn
}
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The file system is not encrypted with a customer-managed KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_efs_file_system" "fs" {
  encrypted  = true
  kms_key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`,
    ],
    bad: [
      `resource "aws_efs_file_system" "fs" {
  encrypted = true
}`,
    ],
  },
});
