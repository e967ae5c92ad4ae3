import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-memorydb-cmk',
  title: 'MemoryDB cluster is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_201'],
  resourceTypes: ['aws_memorydb_cluster'],
  description: 'Without kms_key_arn the cluster is encrypted with an AWS-owned key, which your key policy cannot restrict or audit.',
  remediation: `\`\`\`hcl
kms_key_arn = aws_kms_key.memorydb.arn
\`\`\``,
  check: expectAt('kms_key_arn', nonEmpty, 'The cluster does not name a KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_memorydb_cluster" "c" {
  name        = "cache"
  acl_name    = "open-access"
  node_type   = "db.t4g.small"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_memorydb_cluster" "c" {
  name      = "cache"
  acl_name  = "open-access"
  node_type = "db.t4g.small"
}`,
    ],
  },
});
