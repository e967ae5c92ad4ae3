import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-mq-no-public-access',
  title: 'Amazon MQ broker is not publicly accessible',
  severity: 'high',
  aliases: ['CKV_AWS_69', 'AVD-AWS-0072'],
  legacyIds: ['aws-mq-no-public-access'],
  resourceTypes: ['aws_mq_broker'],
  description: 'A publicly accessible broker exposes its endpoints and console to the internet.',
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt('publicly_accessible', isFalse, 'The broker is publicly accessible', 'pass'),
  examples: {
    good: [
      `resource "aws_mq_broker" "b" {
  broker_name = "jobs"
}`,
    ],
    bad: [
      `resource "aws_mq_broker" "b" {
  broker_name         = "jobs"
  publicly_accessible = true
}`,
    ],
  },
});
