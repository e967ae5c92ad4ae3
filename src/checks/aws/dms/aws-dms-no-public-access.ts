import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-dms-no-public-access',
  title: 'DMS replication instance is not publicly accessible',
  severity: 'high',
  aliases: ['CKV_AWS_89'],
  resourceTypes: ['aws_dms_replication_instance'],
  description: 'A public replication instance, holding credentials of both source and target databases, is reachable from the internet.',
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt('publicly_accessible', isFalse, 'The replication instance is publicly accessible', 'pass'),
  examples: {
    good: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id = "migrate"
  publicly_accessible     = false
}`,
    ],
    bad: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id = "migrate"
  publicly_accessible     = true
}`,
    ],
  },
});
