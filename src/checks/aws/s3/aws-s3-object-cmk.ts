import { defineRule } from '../../types';
import { cmkCheck, cmkRemediation, EXAMPLE_KEY_ARN } from '../shared/cmk-rule';

export default defineRule({
  id: 'aws-s3-object-cmk',
  title: 'S3 objects uploaded by Terraform are encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_186'],
  // aws_s3_bucket_object is the provider v3 name of aws_s3_object.
  resourceTypes: ['aws_s3_object', 'aws_s3_bucket_object'],
  description:
    'An object written without kms_key_id gets the bucket default encryption (SSE-S3 unless the bucket says otherwise), so reading it cannot be governed by a key policy.',
  remediation: cmkRemediation('aws_s3_object', 'kms_key_id'),
  check: cmkCheck('kms_key_id', 'The object'),
  examples: {
    good: [
      `resource "aws_s3_object" "o" {
  bucket     = "artifacts"
  key        = "app.zip"
  source     = "app.zip"
  kms_key_id = "${EXAMPLE_KEY_ARN}"
}`,
    ],
    bad: [
      `resource "aws_s3_object" "o" {
  bucket = "artifacts"
  key    = "app.zip"
  source = "app.zip"
}`,
      `resource "aws_s3_bucket_object" "o" {
  bucket = "artifacts"
  key    = "app.zip"
  source = "app.zip"
}`,
    ],
  },
});
