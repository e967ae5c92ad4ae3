import { expectAt, nonEmpty } from '../../dsl';
import { bool, read, str } from '../../values';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-dynamodb-cmk',
  title: 'DynamoDB table is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_119', 'AVD-AWS-0025'],
  legacyIds: ['aws-dynamodb-table-customer-key'],
  resourceTypes: ['aws_dynamodb_table'],
  description:
    'Tables are encrypted with an AWS-owned key by default; a customer-managed key adds control over access to the data and an audit trail.',
  remediation: `\`\`\`hcl
server_side_encryption {
  enabled     = true
  kms_key_arn = aws_kms_key.dynamodb.arn
}
\`\`\``,
  check: (res, ctx) => {
    // SSE turned off means the AWS-owned key whatever kms_key_arn says; alias/aws/dynamodb is the AWS-managed key.
    if (bool(read(res, 'server_side_encryption.enabled')) === false) {
      return { attribute: 'server_side_encryption', message: 'Server-side encryption with a customer-managed key is disabled' };
    }
    const arn = str(read(res, 'server_side_encryption.kms_key_arn'));
    if (arn && /(^|:)alias\/aws\//.test(arn)) {
      return {
        attribute: 'server_side_encryption',
        message: 'The table uses the AWS-managed key alias/aws/dynamodb, not a customer-managed key',
      };
    }
    return expectAt(
      'server_side_encryption.kms_key_arn',
      nonEmpty,
      'The table is not encrypted with a customer-managed KMS key',
      'fail',
    )(res, ctx);
  },
  examples: {
    good: [
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  }
}`,
    ],
    bad: [
      `resource "aws_dynamodb_table" "managed" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled     = true
    kms_key_arn = "alias/aws/dynamodb"
  }
}`,
      `resource "aws_dynamodb_table" "off" {
  name     = "orders"
  hash_key = "id"
  server_side_encryption {
    enabled     = false
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234"
  }
}`,
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
}`,
    ],
  },
});
