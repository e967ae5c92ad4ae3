import { defineRule } from '../../types';
import {
  EMPTY_PUBLIC_ACCESS_BLOCK,
  PUBLIC_ACCESS_BLOCK_HCL,
  publicAccessBlockExample,
  publicAccessBlockFlagCheck,
} from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-restrict-public-buckets',
  title: 'S3 public access block sets restrict_public_buckets',
  severity: 'high',
  aliases: ['CKV_AWS_56', 'AVD-AWS-0093'],
  legacyIds: ['aws-s3-no-public-buckets'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'Public and cross-account access through a public policy is not restricted unless restrict_public_buckets is true. The argument defaults to false when omitted.',
  remediation: `Set \`restrict_public_buckets = true\`:\n${PUBLIC_ACCESS_BLOCK_HCL}`,
  check: publicAccessBlockFlagCheck('restrict_public_buckets'),
  examples: {
    good: [
      publicAccessBlockExample('true'),
      `variable "strict" { default = true }\n${publicAccessBlockExample('true', { restrict_public_buckets: 'var.strict' })}`,
    ],
    bad: [
      EMPTY_PUBLIC_ACCESS_BLOCK,
      `locals { open = false }\n${publicAccessBlockExample('true', { restrict_public_buckets: 'local.open' })}`,
    ],
  },
});
