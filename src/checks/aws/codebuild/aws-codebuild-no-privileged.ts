import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-codebuild-no-privileged',
  title: 'CodeBuild projects do not run in privileged mode',
  severity: 'medium',
  aliases: ['CKV_AWS_316'],
  resourceTypes: ['aws_codebuild_project'],
  description:
    'privileged_mode = true gives the build container root on the build host (it is needed only to run a Docker daemon inside the build). ' +
    'A malicious dependency or pull request then controls the host. Prefer building images with tools that need no daemon, or isolate such projects.',
  remediation: `\`\`\`hcl
environment {
  compute_type    = "BUILD_GENERAL1_SMALL"
  image           = "aws/codebuild/standard:7.0"
  type            = "LINUX_CONTAINER"
  privileged_mode = false
}
\`\`\``,
  check: expectAt('environment.privileged_mode', isFalse, 'The build runs in privileged mode (privileged_mode = true)', 'pass'),
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
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/standard:7.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }
}`,
    ],
  },
});
