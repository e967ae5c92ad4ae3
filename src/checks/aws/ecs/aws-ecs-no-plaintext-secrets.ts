import { defineRule } from '../../types';
import { secretEnvVar } from '../secrets';
import { containerDefinitions, nameOf } from './containers';

export default defineRule({
  id: 'aws-ecs-no-plaintext-secrets',
  title: 'ECS task definitions hold no plaintext secrets in environment variables',
  severity: 'critical',
  aliases: ['AVD-AWS-0036'],
  legacyIds: ['aws-ecs-no-plaintext-secrets'],
  resourceTypes: ['aws_ecs_task_definition'],
  description:
    'Environment values in a task definition are visible to anyone who can describe it. Use the secrets block with Secrets Manager or SSM references.',
  remediation: `\`\`\`hcl
container_definitions = jsonencode([{
  name  = "app"
  image = "app:1.0"
  secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]
}])
\`\`\``,
  check: (res) => {
    for (const c of containerDefinitions(res) ?? []) {
      const env = Array.isArray(c.environment) ? c.environment : [];
      for (const e of env) {
        if (typeof e !== 'object' || e === null) continue;
        const { name, value } = e as { name?: unknown; value?: unknown };
        if (typeof name === 'string' && typeof value === 'string' && secretEnvVar(name, value)) {
          return { attribute: 'container_definitions', message: `Container ${nameOf(c)} sets ${name} to a plaintext secret` };
        }
      }
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "app"
  container_definitions = jsonencode([{
    name        = "app"
    image       = "app:1"
    environment = [{ name = "LOG_LEVEL", value = "info" }]
    secrets     = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db" }]
  }])
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "app"
  container_definitions = jsonencode([{
    name        = "app"
    image       = "app:1"
    environment = [{ name = "DB_PASSWORD", value = "s3cr3t-value!" }]
  }])
}`,
    ],
  },
});
