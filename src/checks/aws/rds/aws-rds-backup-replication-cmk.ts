import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-rds-backup-replication-cmk',
    title: 'Replicated RDS automated backups are encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_245'],
    type: 'aws_db_instance_automated_backups_replication',
    path: 'kms_key_id',
    what: 'The replicated backup',
    severity: 'low',
    description:
      'Automated backups replicated to another region are encrypted with the key named by kms_key_id; without it they use the AWS-managed key of the destination region.',
    body: `  source_db_instance_arn = "arn:aws:rds:eu-west-1:123456789012:db:app"`,
  }),
);
