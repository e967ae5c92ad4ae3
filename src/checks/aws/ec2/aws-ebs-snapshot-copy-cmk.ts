import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-ebs-snapshot-copy-cmk',
    title: 'EBS snapshot copies are encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_183'],
    type: 'aws_ebs_snapshot_copy',
    path: 'kms_key_id',
    what: 'The snapshot copy',
    severity: 'low',
    description:
      'A snapshot copy without kms_key_id is encrypted with the AWS-managed aws/ebs key (or not at all when the source is not), which cannot be shared across accounts nor restricted by a key policy.',
    body: `  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "eu-west-1"
  encrypted          = true`,
  }),
);
