import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-guardduty-enabled',
  title: 'GuardDuty detectors are enabled',
  severity: 'medium',
  aliases: ['CKV_AWS_238'],
  resourceTypes: ['aws_guardduty_detector'],
  description: 'A detector with enable = false looks like threat detection is on while it analyses nothing.',
  remediation: `\`\`\`hcl
resource "aws_guardduty_detector" "main" {
  enable = true
}
\`\`\``,
  check: expectAt('enable', isTrue, 'The GuardDuty detector is disabled (enable = false)', 'pass'),
  examples: {
    good: [
      `resource "aws_guardduty_detector" "g" {
  enable = true
}`,
    ],
    bad: [
      `resource "aws_guardduty_detector" "g" {
  enable = false
}`,
    ],
  },
});
