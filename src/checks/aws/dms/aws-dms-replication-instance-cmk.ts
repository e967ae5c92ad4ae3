import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-dms-replication-instance-cmk',
  title: 'DMS replication instance storage uses a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_212'],
  resourceTypes: ['aws_dms_replication_instance'],
  description:
    'Without kms_key_arn the replication storage is encrypted with the AWS-managed aws/dms key, which your key policy cannot restrict.',
  remediation: `\`\`\`hcl
kms_key_arn = aws_kms_key.dms.arn
\`\`\``,
  check: expectAt('kms_key_arn', nonEmpty, 'The replication instance does not name a KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
  kms_key_arn                = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_dms_replication_instance" "r" {
  replication_instance_id    = "dms"
  replication_instance_class = "dms.t3.micro"
}`,
    ],
  },
});
