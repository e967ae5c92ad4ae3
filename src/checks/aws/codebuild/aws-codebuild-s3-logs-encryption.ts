import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-codebuild-s3-logs-encryption',
  title: 'CodeBuild S3 build logs are encrypted',
  severity: 'medium',
  aliases: ['CKV_AWS_311'],
  resourceTypes: ['aws_codebuild_project'],
  description: 's3_logs with encryption_disabled = true writes build logs (which often echo environment values) to S3 unencrypted.',
  remediation: `\`\`\`hcl
logs_config {
  s3_logs {
    status              = "ENABLED"
    location            = "\${aws_s3_bucket.logs.id}/build-log"
    encryption_disabled = false
  }
}
\`\`\``,
  check: expectAt(
    'logs_config.s3_logs.encryption_disabled',
    isFalse,
    'Build logs are written to S3 unencrypted (encryption_disabled = true)',
    'pass',
  ),
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  logs_config {
    s3_logs {
      status   = "ENABLED"
      location = "logs/build"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type      = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "logs/build"
      encryption_disabled = true
    }
  }
}`,
    ],
  },
});
