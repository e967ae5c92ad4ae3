import { defineRule } from '../../types';
import * as publicAccessBlock from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-ignore-public-acls',
  title: 'S3 public access block sets ignore_public_acls',
  severity: 'high',
  aliases: ['CKV_AWS_55', 'AVD-AWS-0091'],
  legacyIds: ['aws-s3-ignore-public-acls'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'Existing public ACLs on the bucket and its objects are still honoured unless ignore_public_acls is true. The argument defaults to false when omitted.',
  remediation: `Set \`ignore_public_acls = true\`:\n${publicAccessBlock.HCL}`,
  check: publicAccessBlock.flagCheck('ignore_public_acls'),
  examples: {
    good: [
      publicAccessBlock.example('true'),
      `variable "strict" { default = true }\n${publicAccessBlock.example('true', { ignore_public_acls: 'var.strict' })}`,
    ],
    bad: [publicAccessBlock.EMPTY, `locals { open = false }\n${publicAccessBlock.example('true', { ignore_public_acls: 'local.open' })}`],
  },
});
