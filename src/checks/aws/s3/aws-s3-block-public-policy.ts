import { defineRule } from '../../types';
import * as publicAccessBlock from './public-access-block-rule';

export default defineRule({
  id: 'aws-s3-block-public-policy',
  title: 'S3 public access block sets block_public_policy',
  severity: 'high',
  aliases: ['CKV_AWS_54', 'AVD-AWS-0087'],
  legacyIds: ['aws-s3-block-public-policy'],
  resourceTypes: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  description:
    'A bucket policy granting public access can still be attached unless block_public_policy is true. The argument defaults to false when omitted.',
  remediation: `Set \`block_public_policy = true\`:\n${publicAccessBlock.HCL}`,
  check: publicAccessBlock.flagCheck('block_public_policy'),
  examples: {
    good: [
      publicAccessBlock.example('true'),
      `variable "strict" { default = true }\n${publicAccessBlock.example('true', { block_public_policy: 'var.strict' })}`,
    ],
    bad: [publicAccessBlock.EMPTY, `locals { open = false }\n${publicAccessBlock.example('true', { block_public_policy: 'local.open' })}`],
  },
});
