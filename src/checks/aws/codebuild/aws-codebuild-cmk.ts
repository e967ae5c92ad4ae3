import { defineRule } from '../../types';
import { blocks, read } from '../../values';
import { cmkCheck, cmkRemediation } from '../shared/cmk-rule';

const keyCheck = cmkCheck('encryption_key', 'The build output');

export default defineRule({
  id: 'aws-codebuild-cmk',
  title: 'CodeBuild projects that produce artifacts encrypt them with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_147'],
  resourceTypes: ['aws_codebuild_project'],
  description:
    'Without encryption_key CodeBuild encrypts artifacts (and cache) with the AWS-managed aws/s3 key, which cannot be restricted by a key policy nor shared with a deployment account. ' +
    'Projects with NO_ARTIFACTS are not judged.',
  remediation: cmkRemediation('aws_codebuild_project', 'encryption_key'),
  check: (res, ctx) => {
    const list = blocks(res.attributes.artifacts);
    if (!list || list.length === 0) return;
    const type = read(list[0], 'type');
    if (type === undefined || type === 'NO_ARTIFACTS') return;
    return keyCheck(res, ctx);
  },
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name           = "app"
  service_role   = "arn:aws:iam::123456789012:role/cb"
  encryption_key = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  artifacts {
    type     = "S3"
    location = "artifacts"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}`,
    ],
    bad: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type     = "S3"
    location = "artifacts"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "CODECOMMIT"
    location = "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/app"
  }
}`,
    ],
  },
});
