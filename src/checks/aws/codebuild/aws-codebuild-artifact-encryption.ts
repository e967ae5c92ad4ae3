import { defineRule } from '../../types';
import { blocks, bool, read, str } from '../../values';

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
  check: (res) => {
    for (const attribute of ['artifacts', 'secondary_artifacts']) {
      for (const a of blocks(res.attributes[attribute]) ?? []) {
        // NO_ARTIFACTS stores nothing: the flag has no effect there (Checkov ignores it too).
        if (str(read(a, 'type'))?.toUpperCase() === 'NO_ARTIFACTS') continue;
        if (bool(read(a, 'encryption_disabled')) === true)
          return { attribute, message: `Build artifact encryption is disabled (${attribute})` };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name = "build"
  artifacts { type = "NO_ARTIFACTS" }
}`,
      `resource "aws_codebuild_project" "p" {
  name = "build"
  artifacts {
    type                = "NO_ARTIFACTS"
    encryption_disabled = true
  }
}`,
    ],
    bad: [
      `resource "aws_codebuild_project" "secondary" {
  artifacts {
    type = "S3"
  }
  secondary_artifacts {
    artifact_identifier = "extra"
    type                = "S3"
    encryption_disabled = true
  }
}`,
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
