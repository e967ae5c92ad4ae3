import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-kms-key-rotation',
  title: 'KMS key rotation is enabled',
  severity: 'medium',
  aliases: ['CKV_AWS_7', 'AVD-AWS-0065'],
  legacyIds: ['aws-kms-auto-rotate-keys'],
  resourceTypes: ['aws_kms_key'],
  description:
    'Automatic rotation creates new key material every year, limiting what one compromised key version exposes. Only symmetric encryption keys support it; other keys are not reported.',
  remediation: `\`\`\`hcl
enable_key_rotation = true
\`\`\``,
  check: when(
    (r) =>
      (r.attributes.key_usage === undefined || r.attributes.key_usage === 'ENCRYPT_DECRYPT') &&
      (r.attributes.customer_master_key_spec === undefined || r.attributes.customer_master_key_spec === 'SYMMETRIC_DEFAULT'),
    expectAt('enable_key_rotation', isTrue, 'Key rotation is not enabled', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
}`,
      `resource "aws_kms_key" "sign" {
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "RSA_2048"
}`,
    ],
    bad: [
      `resource "aws_kms_key" "k" {
  description = "data"
}`,
    ],
  },
});
