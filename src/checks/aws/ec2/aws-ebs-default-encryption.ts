import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ebs-default-encryption',
  title: 'EBS encryption by default is not disabled',
  severity: 'medium',
  aliases: ['CKV_AWS_106'],
  resourceTypes: ['aws_ebs_encryption_by_default'],
  description: 'aws_ebs_encryption_by_default with enabled = false lets new volumes be created unencrypted in the region.',
  remediation: `\`\`\`hcl
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}
\`\`\``,
  check: expectAt('enabled', isTrue, 'EBS encryption by default is disabled', 'pass'),
  examples: {
    good: [`resource "aws_ebs_encryption_by_default" "e" { enabled = true }`, `resource "aws_ebs_encryption_by_default" "e" {}`],
    bad: [`resource "aws_ebs_encryption_by_default" "e" { enabled = false }`],
  },
});
