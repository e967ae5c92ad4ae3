import { expectAt, nonEmpty } from '../../dsl';
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
  check: expectAt('server_side_encryption.kms_key_arn', nonEmpty, 'The table is not encrypted with a customer-managed KMS key', 'fail'),
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
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
}`,
    ],
  },
});
