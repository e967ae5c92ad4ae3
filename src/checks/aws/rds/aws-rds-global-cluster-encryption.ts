import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-global-cluster-encryption',
  title: 'RDS global cluster storage is encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_140'],
  resourceTypes: ['aws_rds_global_cluster'],
  description:
    'An Aurora global database created from scratch is unencrypted unless storage_encrypted = true; every regional cluster ' +
    'inherits it and it cannot be changed later. A global cluster built from an existing cluster (source_db_cluster_identifier) takes that cluster’s encryption and is not judged here.',
  remediation: `\`\`\`hcl
resource "aws_rds_global_cluster" "db" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}
\`\`\``,
  check: when(
    (r) => r.attributes.source_db_cluster_identifier === undefined || r.attributes.source_db_cluster_identifier === null,
    expectAt('storage_encrypted', isTrue, 'The global cluster does not encrypt its storage (storage_encrypted is not true)', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}`,
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier    = "app"
  source_db_cluster_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:app"
}`,
    ],
    bad: [
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app"
  engine                    = "aurora-postgresql"
}`,
      `resource "aws_rds_global_cluster" "g" {
  global_cluster_identifier = "app"
  storage_encrypted         = false
}`,
    ],
  },
});
