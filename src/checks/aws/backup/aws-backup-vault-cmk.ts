import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-backup-vault-cmk',
  title: 'Backup vault is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_166'],
  resourceTypes: ['aws_backup_vault'],
  description:
    'Recovery points are encrypted with the AWS-managed key aws/backup unless kms_key_arn names a customer-managed key, which keeps control over who may restore the backups.',
  remediation: `\`\`\`hcl
resource "aws_backup_vault" "main" {
  name        = "main"
  kms_key_arn = aws_kms_key.backup.arn
}
\`\`\``,
  check: expectAt('kms_key_arn', nonEmpty, 'The vault is not encrypted with a customer-managed KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_backup_vault" "v" {
  name        = "main"
  kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`,
    ],
    bad: [
      `resource "aws_backup_vault" "v" {
  name = "main"
}`,
    ],
  },
});
