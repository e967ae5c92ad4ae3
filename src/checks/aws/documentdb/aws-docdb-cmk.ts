import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-docdb-cmk',
    title: 'DocumentDB cluster is encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_182', 'AVD-AWS-0022'],
    type: 'aws_docdb_cluster',
    path: 'kms_key_id',
    what: 'The DocumentDB cluster',
    severity: 'low',
    description:
      'Without kms_key_id an encrypted DocumentDB cluster uses the AWS-managed aws/rds key: its use cannot be restricted by a key policy, and snapshots cannot be shared across accounts.',
    body: `  cluster_identifier  = "docs"
  master_username     = "admin"
  master_password     = "change-me-1234"
  storage_encrypted   = true`,
  }),
);
