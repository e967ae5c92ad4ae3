import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-mq-cmk',
    title: 'Amazon MQ broker is encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_209'],
    type: 'aws_mq_broker',
    path: 'encryption_options.kms_key_id',
    what: 'The broker',
    severity: 'low',
    description:
      'Brokers are encrypted at rest with an AWS-owned key unless encryption_options names a customer-managed key; an AWS-owned key cannot be audited nor restricted.',
    body: `  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }`,
  }),
);
