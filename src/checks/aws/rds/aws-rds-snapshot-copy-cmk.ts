import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-rds-snapshot-copy-cmk',
    title: 'RDS snapshot copies are encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_266'],
    type: 'aws_db_snapshot_copy',
    path: 'kms_key_id',
    what: 'The snapshot copy',
    severity: 'low',
    description:
      'A snapshot copy without kms_key_id keeps the source key or the AWS-managed aws/rds key, which cannot be shared across accounts nor restricted by a key policy.',
    body: `  source_db_snapshot_identifier = "arn:aws:rds:eu-west-1:123456789012:snapshot:db-snap"
  target_db_snapshot_identifier = "db-snap-copy"`,
  }),
);
