import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-efs-encryption',
  title: 'EFS file system is encrypted at rest',
  severity: 'high',
  aliases: ['CKV_AWS_42', 'AVD-AWS-0037'],
  legacyIds: ['aws-efs-enable-at-rest-encryption'],
  resourceTypes: ['aws_efs_file_system'],
  description: 'EFS file systems are unencrypted unless encrypted = true is set at creation (it cannot be changed later).',
  remediation: `\`\`\`hcl
encrypted  = true
kms_key_id = aws_kms_key.efs.arn
\`\`\``,
  check: expectAt('encrypted', isTrue, 'The file system is not encrypted at rest', 'fail'),
  examples: {
    good: [
      `resource "aws_efs_file_system" "f" {
  creation_token = "data"
  encrypted      = true
}`,
    ],
    bad: [
      `resource "aws_efs_file_system" "f" {
  creation_token = "data"
}`,
    ],
  },
});
