import { defineRule } from '../../types';
import * as publicAccessBlock from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-restrict-public-buckets',
  title: 'S3 public access block sets restrict_public_buckets',
  severity: 'high',
  aliases: ['CKV_AWS_56', 'AVD-AWS-0093'],
  legacyIds: ['aws-s3-no-public-buckets'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'Public and cross-account access through a public policy is not restricted unless restrict_public_buckets is true. The argument defaults to false when omitted.',
  remediation: `Set \`restrict_public_buckets = true\`:\n${publicAccessBlock.HCL}`,
  check: publicAccessBlock.flagCheck('restrict_public_buckets'),
  examples: {
    good: [
      publicAccessBlock.example('true'),
      `variable "strict" { default = true }\n${publicAccessBlock.example('true', { restrict_public_buckets: 'var.strict' })}`,
    ],
    bad: [
      publicAccessBlock.EMPTY,
      `locals { open = false }\n${publicAccessBlock.example('true', { restrict_public_buckets: 'local.open' })}`,
    ],
  },
});
