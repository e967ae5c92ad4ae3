import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-neptune-encryption',
  title: 'Neptune cluster storage is encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_44', 'AVD-AWS-0076'],
  legacyIds: ['aws-neptune-enable-storage-encryption'],
  resourceTypes: ['aws_neptune_cluster'],
  description: 'Neptune clusters are unencrypted unless storage_encrypted = true.',
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_arn       = aws_kms_key.neptune.arn
\`\`\``,
  check: expectAt('storage_encrypted', isTrue, 'The cluster storage is not encrypted', 'fail'),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier = "graph"
  storage_encrypted  = true
}`,
    ],
    bad: [
      `resource "aws_neptune_cluster" "g" {
  cluster_identifier = "graph"
}`,
    ],
  },
});
