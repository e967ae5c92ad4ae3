import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-neptune-cmk',
    title: 'Neptune cluster is encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_347', 'AVD-AWS-0128'],
    type: 'aws_neptune_cluster',
    path: 'kms_key_arn',
    what: 'The Neptune cluster',
    severity: 'low',
    description:
      'Without kms_key_arn an encrypted Neptune cluster uses the AWS-managed aws/rds key: its use cannot be restricted by a key policy, and snapshots cannot be shared across accounts.',
    body: `  cluster_identifier = "graph"
  storage_encrypted  = true`,
  }),
);
