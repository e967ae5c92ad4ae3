import { defineRule } from '../../types';
import { read, str } from '../../values';

export default defineRule({
  id: 'aws-ecs-fargate-latest-platform',
  title: 'ECS Fargate service runs on the LATEST platform version',
  severity: 'low',
  aliases: ['CKV_AWS_332'],
  resourceTypes: ['aws_ecs_service'],
  description:
    'A Fargate service pinned to an older platform version misses the security fixes of newer ones; LATEST (the default) follows them.',
  remediation: `\`\`\`hcl
resource "aws_ecs_service" "api" {
  launch_type      = "FARGATE"
  platform_version = "LATEST" # or leave it unset
}
\`\`\``,
  check: (res) => {
    if (str(read(res, 'launch_type')) !== 'FARGATE') return;
    const v = read(res, 'platform_version');
    if (v === undefined) return;
    const version = str(v);
    if (version && version !== 'LATEST') {
      return { attribute: 'platform_version', message: `The Fargate service is pinned to platform version ${version}, not LATEST` };
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_service" "s" {
  name             = "api"
  launch_type      = "FARGATE"
  platform_version = "LATEST"
}`,
      `resource "aws_ecs_service" "s" {
  name        = "api"
  launch_type = "FARGATE"
}`,
    ],
    bad: [
      `resource "aws_ecs_service" "s" {
  name             = "api"
  launch_type      = "FARGATE"
  platform_version = "1.3.0"
}`,
    ],
  },
});
