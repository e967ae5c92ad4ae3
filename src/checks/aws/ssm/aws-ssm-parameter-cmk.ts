import { defineRule } from '../../types';
import { read, str } from '../../values';

export default defineRule({
  id: 'aws-ssm-parameter-cmk',
  title: 'SSM SecureString parameter is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_337'],
  resourceTypes: ['aws_ssm_parameter'],
  description:
    'SecureString parameters are encrypted with the AWS-managed key alias/aws/ssm unless key_id names another; a customer-managed key lets you decide who may decrypt them and audit each use.',
  remediation: `\`\`\`hcl
resource "aws_ssm_parameter" "db_password" {
  name   = "/app/db/password"
  type   = "SecureString"
  value  = var.db_password
  key_id = aws_kms_key.app.arn
}
\`\`\``,
  check: (res) => {
    const type = read(res, 'type');
    if (typeof type !== 'string' || type !== 'SecureString') return;
    const key = read(res, 'key_id');
    if (key === undefined) return; // unknown
    const k = str(key);
    if (!k) return { attribute: 'type', message: 'The SecureString parameter uses the AWS-managed key (no key_id)' };
    if (/(^|:)alias\/aws\/ssm$/.test(k))
      return { attribute: 'key_id', message: 'The SecureString parameter uses the AWS-managed key alias/aws/ssm' };
  },
  examples: {
    good: [
      `resource "aws_ssm_parameter" "p" {
  name   = "/app/secret"
  type   = "SecureString"
  value  = "x"
  key_id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}`,
      `resource "aws_ssm_parameter" "p" {
  name  = "/app/flag"
  type  = "String"
  value = "on"
}`,
    ],
    bad: [
      `resource "aws_ssm_parameter" "p" {
  name  = "/app/secret"
  type  = "SecureString"
  value = "x"
}`,
      `resource "aws_ssm_parameter" "p" {
  name   = "/app/secret"
  type   = "SecureString"
  value  = "x"
  key_id = "alias/aws/ssm"
}`,
    ],
  },
});
