import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

const WORKGROUP_PATH = 'configuration.result_configuration.encryption_configuration.encryption_option';
const DATABASE_PATH = 'encryption_configuration.encryption_option';

export default defineRule({
  id: 'aws-athena-encryption',
  title: 'Athena workgroup and database encrypt query results',
  severity: 'medium',
  aliases: ['CKV_AWS_159', 'CKV_AWS_77', 'AVD-AWS-0006'],
  resourceTypes: ['aws_athena_workgroup', 'aws_athena_database'],
  description:
    'Query results written to S3 hold copies of the data queried. An encryption option (SSE_S3, SSE_KMS or CSE_KMS) on the workgroup result configuration, or on the database, makes Athena encrypt them.',
  remediation: `\`\`\`hcl
configuration {
  result_configuration {
    encryption_configuration {
      encryption_option = "SSE_KMS"
      kms_key_arn       = aws_kms_key.athena.arn
    }
  }
}
\`\`\``,
  check: (res, ctx) =>
    expectAt(
      res.type === 'aws_athena_database' ? DATABASE_PATH : WORKGROUP_PATH,
      nonEmpty,
      'Query results are not encrypted',
      'fail',
    )(res, ctx),
  examples: {
    good: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    result_configuration {
      output_location = "s3://results/"
      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:us-east-1:123456789012:key/abc"
      }
    }
  }
}`,
      `resource "aws_athena_database" "d" {
  name   = "analytics"
  bucket = "results"
  encryption_configuration {
    encryption_option = "SSE_S3"
  }
}`,
    ],
    bad: [
      `resource "aws_athena_workgroup" "w" {
  name = "analytics"
  configuration {
    result_configuration {
      output_location = "s3://results/"
    }
  }
}`,
      `resource "aws_athena_database" "d" {
  name   = "analytics"
  bucket = "results"
}`,
    ],
  },
});
