import { defineRule } from '../../types';
import { cmkRule } from '../shared/cmk-rule';

export default defineRule(
  cmkRule({
    id: 'aws-s3-object-copy-cmk',
    title: 'S3 object copies are encrypted with a customer-managed KMS key',
    aliases: ['CKV_AWS_181'],
    type: 'aws_s3_object_copy',
    path: 'kms_key_id',
    what: 'The object copy',
    severity: 'low',
    description:
      'An object copied without kms_key_id is encrypted with the bucket default (often SSE-S3), so access to it cannot be governed by a key policy.',
    body: `  bucket = "destination"
  key    = "report.csv"
  source = "source/report.csv"`,
  }),
);
