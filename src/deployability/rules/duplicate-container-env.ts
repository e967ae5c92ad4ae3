import type { DeployabilityRule } from '../types';
import { namesOf, taskContainers } from '../containers';

export default {
  id: 'duplicate-container-env',
  title: 'Each environment variable is set once per container',
  description: 'ECS rejects a task definition whose container sets the same name twice across environment and secrets.',
  check: ({ byType }) =>
    byType('aws_ecs_task_definition').flatMap((at) =>
      taskContainers(at).flatMap((c) => {
        const names = [...namesOf(c.environment), ...namesOf(c.secrets)];
        const dup = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
        return dup.length
          ? [
              {
                at,
                resource: at.address,
                message: `container ${String(c.name)} sets ${dup.join(', ')} more than once (environment/secrets)`,
              },
            ]
          : [];
      }),
    ),
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    environment = [{ name = "PORT", value = "8000" }],
    secrets     = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    environment = [{ name = "DATABASE_URL", value = "postgres://db" }],
    secrets     = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`,
    ],
  },
} satisfies DeployabilityRule;
