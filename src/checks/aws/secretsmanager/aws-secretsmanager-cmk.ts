import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-secretsmanager-cmk',
  title: 'Secrets Manager secret is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_149', 'AVD-AWS-0098'],
  legacyIds: ['aws-ssm-secret-use-customer-key'],
  resourceTypes: ['aws_secretsmanager_secret'],
  description: 'A customer-managed key lets the key policy (not only IAM) decide who may decrypt the secret, and allows cross-account use.',
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.secrets.arn
\`\`\``,
  // Naming the AWS-managed key explicitly (alias/aws/secretsmanager) is the same as leaving it out.
  check: expectAt(
    'kms_key_id',
    (v) => (typeof v === 'string' && /^(arn:[^:]+:kms:[^:]*:[^:]*:)?alias\/aws\//.test(v) ? false : nonEmpty(v)),
    'The secret uses the AWS-managed key',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_secretsmanager_secret" "s" {
  name       = "db"
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_secretsmanager_secret" "s" {
  name = "db"
}`,
    ],
  },
});
