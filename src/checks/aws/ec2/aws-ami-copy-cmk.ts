import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-ami-copy-cmk',
    title: 'AMI copies are encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_236'],
    type: 'aws_ami_copy',
    path: 'kms_key_id',
    what: 'The AMI copy',
    severity: 'low',
    description:
      'An AMI copy encrypted without kms_key_id uses the AWS-managed aws/ebs key, which cannot be shared with other accounts nor restricted by a key policy.',
    body: `  name              = "app-copy"
  source_ami_id     = "ami-0123456789abcdef0"
  source_ami_region = "eu-west-1"
  encrypted         = true`,
  }),
);
