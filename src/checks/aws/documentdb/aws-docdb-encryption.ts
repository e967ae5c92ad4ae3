import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-docdb-encryption',
  title: 'DocumentDB cluster storage is encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_74', 'AVD-AWS-0021'],
  legacyIds: ['aws-documentdb-enable-storage-encryption'],
  resourceTypes: ['aws_docdb_cluster'],
  description: 'DocumentDB clusters are unencrypted unless storage_encrypted = true (it cannot be changed later).',
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.docdb.arn
\`\`\``,
  check: expectAt('storage_encrypted', isTrue, 'The cluster storage is not encrypted', 'fail'),
  examples: {
    good: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier = "docs"
  storage_encrypted  = true
}`,
    ],
    bad: [
      `resource "aws_docdb_cluster" "c" {
  cluster_identifier = "docs"
}`,
    ],
  },
});
