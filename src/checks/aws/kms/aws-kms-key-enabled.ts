import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-kms-key-enabled',
  title: 'KMS key is enabled',
  severity: 'low',
  aliases: ['CKV_AWS_227'],
  resourceTypes: ['aws_kms_key'],
  description: 'A disabled key makes everything encrypted with it unreadable; disabling should be a deliberate, temporary state.',
  remediation: `\`\`\`hcl
is_enabled = true
\`\`\``,
  check: expectAt('is_enabled', isTrue, 'The KMS key is disabled', 'pass'),
  examples: {
    good: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
}`,
    ],
    bad: [
      `resource "aws_kms_key" "k" {
  enable_key_rotation = true
  is_enabled          = false
}`,
    ],
  },
});
