import { defineRule } from '../../types';
import { blocks, read, str } from '../../values';

/** Status of a logs_config sub-block: CloudWatch Logs default ENABLED, S3 default DISABLED. */
function status(list: ReturnType<typeof blocks>, dflt: 'ENABLED' | 'DISABLED'): string | undefined {
  if (list === undefined) return undefined;
  if (list.length === 0) return dflt;
  const s = read(list[0], 'status');
  if (typeof s === 'symbol') return dflt;
  return str(s)?.toUpperCase();
}

export default defineRule({
  id: 'aws-codebuild-logging',
  title: 'CodeBuild projects keep build logs',
  severity: 'low',
  aliases: ['CKV_AWS_314'],
  resourceTypes: ['aws_codebuild_project'],
  description:
    'Build logs show what ran in the build with which credentials. CodeBuild sends them to CloudWatch Logs unless logs_config turns that off; ' +
    'a project with CloudWatch Logs disabled and no S3 logs keeps none. (Checkov’s CKV_AWS_314 also reports projects that rely on the default; this rule does not, since the default logs.)',
  remediation: `\`\`\`hcl
logs_config {
  cloudwatch_logs {
    status     = "ENABLED"
    group_name = "/codebuild/app"
  }
}
\`\`\``,
  check: (res) => {
    const cfg = blocks(res.attributes.logs_config);
    if (cfg === undefined) return;
    const c = cfg[0];
    const cw = status(c ? blocks(c.cloudwatch_logs) : [], 'ENABLED');
    const s3 = status(c ? blocks(c.s3_logs) : [], 'DISABLED');
    if (cw === undefined || s3 === undefined) return;
    if (cw === 'DISABLED' && s3 === 'DISABLED')
      return { attribute: 'logs_config', message: 'The project keeps no build logs (CloudWatch Logs and S3 logs are disabled)' };
  },
  examples: {
    good: [
      `resource "aws_codebuild_project" "p" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/cb"
  artifacts {
    type = "NO_ARTIFACTS"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
    buildspec = "version: 0.2"
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
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
  }
  source {
    type = "NO_SOURCE"
    buildspec = "version: 0.2"
  }
  logs_config {
    cloudwatch_logs {
      status = "DISABLED"
    }
  }
}`,
    ],
  },
});
