import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-kinesis-cmk',
    title: 'Kinesis stream is encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_185'],
    type: 'aws_kinesis_stream',
    path: 'kms_key_id',
    what: 'The Kinesis stream',
    severity: 'low',
    description:
      'A stream encrypted with the AWS-managed alias/aws/kinesis key (or not encrypted) cannot restrict who decrypts its records with a key policy.',
    body: `  name            = "events"
  shard_count     = 1
  encryption_type = "KMS"`,
  }),
);
