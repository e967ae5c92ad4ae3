import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-docdb-global-cluster-encryption',
  title: 'DocumentDB global cluster is encrypted at rest',
  severity: 'high',
  aliases: ['CKV_AWS_292'],
  resourceTypes: ['aws_docdb_global_cluster'],
  description:
    'storage_encrypted is off by default for a global cluster created from scratch, and cannot be turned on later without recreating it.',
  remediation: `\`\`\`hcl
storage_encrypted = true
\`\`\``,
  check: expectAt('storage_encrypted', isTrue, 'The global cluster is not encrypted at rest', 'fail'),
  examples: {
    good: [
      `resource "aws_docdb_global_cluster" "g" {
  global_cluster_identifier = "docs"
  engine                    = "docdb"
  storage_encrypted         = true
}`,
    ],
    bad: [
      `resource "aws_docdb_global_cluster" "g" {
  global_cluster_identifier = "docs"
  engine                    = "docdb"
}`,
    ],
  },
});
