import { defineRule } from '../../types';
import {
  EMPTY_PUBLIC_ACCESS_BLOCK,
  PUBLIC_ACCESS_BLOCK_HCL,
  publicAccessBlockExample,
  publicAccessBlockFlagCheck,
} from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-block-public-policy',
  title: 'S3 public access block sets block_public_policy',
  severity: 'high',
  aliases: ['CKV_AWS_54', 'AVD-AWS-0087'],
  legacyIds: ['aws-s3-block-public-policy'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'A bucket policy granting public access can still be attached unless block_public_policy is true. The argument defaults to false when omitted.',
  remediation: `Set \`block_public_policy = true\`:\n${PUBLIC_ACCESS_BLOCK_HCL}`,
  check: publicAccessBlockFlagCheck('block_public_policy'),
  examples: {
    good: [
      publicAccessBlockExample('true'),
      `variable "strict" { default = true }\n${publicAccessBlockExample('true', { block_public_policy: 'var.strict' })}`,
    ],
    bad: [EMPTY_PUBLIC_ACCESS_BLOCK, `locals { open = false }\n${publicAccessBlockExample('true', { block_public_policy: 'local.open' })}`],
  },
});
