import type { DeployabilityRule } from '../types';
import { namesOf, taskContainers, unitOfContainer } from '../containers';
import { CONTRACT } from './example-contract';

export default {
  id: 'required-variables',
  title: 'Every variable the unit needs to start is wired',
  description:
    'A variable the application reads without a usable default, missing from environment and secrets, stops it at start-up or makes it fall back (SQLite, localhost).',
  check: ({ byType, contract }) =>
    byType('aws_ecs_task_definition').flatMap((at) =>
      taskContainers(at).flatMap((c) => {
        const unit = unitOfContainer(contract, c.name);
        if (!unit) return [];
        const set = new Set([...namesOf(c.environment), ...namesOf(c.secrets)]);
        const missing = unit.env.filter((e) => e.required && !set.has(e.name)).map((e) => e.name);
        return missing.length
          ? [
              {
                at,
                resource: at.address,
                message: `container ${String(c.name)} lacks ${missing.join(', ')} (required by ${unit.name}: ${unit.env.find((e) => e.name === missing[0])?.evidence[0]?.file ?? 'run contract'})`,
              },
            ]
          : [];
      }),
    ),
  examples: {
    contract: CONTRACT,
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    secrets = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    environment = [{ name = "DATABASE_HOST", value = "db" }] }])
}`,
    ],
  },
} satisfies DeployabilityRule;
