import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-cluster-encryption',
  title: 'Aurora/RDS cluster storage is encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_96', 'AVD-AWS-0079'],
  legacyIds: ['aws-rds-encrypt-cluster-storage-data'],
  resourceTypes: ['aws_rds_cluster'],
  description:
    'Unencrypted cluster storage exposes data, backups and snapshots at rest. Serverless v1 clusters are always encrypted and are not reported.',
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.rds.arn
\`\`\``,
  check: when(
    (r) => r.attributes.engine_mode !== 'serverless' && r.attributes.replication_source_identifier === undefined,
    expectAt('storage_encrypted', isTrue, 'The cluster storage is not encrypted', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-mysql"
  storage_encrypted = true
}`,
      `resource "aws_rds_cluster" "c" {
  engine      = "aurora-mysql"
  engine_mode = "serverless"
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
    ],
  },
});
