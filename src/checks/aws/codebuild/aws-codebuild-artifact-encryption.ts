import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-codebuild-artifact-encryption',
  title: 'CodeBuild artifacts are encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_78', 'AVD-AWS-0018'],
  legacyIds: ['aws-codebuild-enable-encryption'],
  resourceTypes: ['aws_codebuild_project'],
  description: 'encryption_disabled = true stores build artifacts (often containing secrets and binaries) unencrypted.',
  remediation: `\`\`\`hcl
artifacts {
  type                = "S3"
  location            = aws_s3_bucket.artifacts.bucket
  encryption_disabled = false
}
\`\`\``,
  check: expectAt('artifacts.encryption_disabled', isFalse, 'Build artifact encryption is disabled', 'pass'),
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name = "build"
  artifacts { type = "NO_ARTIFACTS" }
}`,
    ],
    bad: [
      `resource "aws_codebuild_project" "p" {
  name = "build"
  artifacts {
    type                = "S3"
    location            = "artifacts"
    encryption_disabled = true
  }
}`,
    ],
  },
});
