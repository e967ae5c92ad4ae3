import { defineRule } from '../../types';
import {
  EMPTY_PUBLIC_ACCESS_BLOCK,
  PUBLIC_ACCESS_BLOCK_HCL,
  publicAccessBlockExample,
  publicAccessBlockFlagCheck,
} from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-ignore-public-acls',
  title: 'S3 public access block sets ignore_public_acls',
  severity: 'high',
  aliases: ['CKV_AWS_55', 'AVD-AWS-0091'],
  legacyIds: ['aws-s3-ignore-public-acls'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'Existing public ACLs on the bucket and its objects are still honoured unless ignore_public_acls is true. The argument defaults to false when omitted.',
  remediation: `Set \`ignore_public_acls = true\`:\n${PUBLIC_ACCESS_BLOCK_HCL}`,
  check: publicAccessBlockFlagCheck('ignore_public_acls'),
  examples: {
    good: [
      publicAccessBlockExample('true'),
      `variable "strict" { default = true }\n${publicAccessBlockExample('true', { ignore_public_acls: 'var.strict' })}`,
    ],
    bad: [EMPTY_PUBLIC_ACCESS_BLOCK, `locals { open = false }\n${publicAccessBlockExample('true', { ignore_public_acls: 'local.open' })}`],
  },
});
