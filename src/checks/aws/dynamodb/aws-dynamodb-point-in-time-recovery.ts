import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-dynamodb-point-in-time-recovery',
  title: 'DynamoDB table has point-in-time recovery',
  severity: 'medium',
  aliases: ['CKV_AWS_28', 'AVD-AWS-0024'],
  legacyIds: ['aws-dynamodb-enable-recovery'],
  resourceTypes: ['aws_dynamodb_table'],
  description: 'Point-in-time recovery restores the table to any second of the last 35 days after a bad write or delete.',
  remediation: `\`\`\`hcl
point_in_time_recovery {
  enabled = true
}
\`\`\``,
  check: expectAt('point_in_time_recovery.enabled', isTrue, 'Point-in-time recovery is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery { enabled = true }
}`,
    ],
    bad: [
      `resource "aws_dynamodb_table" "t" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}`,
    ],
  },
});
