import type { DeployabilityRule } from '../types';
import { taskContainers, unitOfContainer } from '../containers';
import { CONTRACT } from './example-contract';

export default {
  id: 'container-port',
  title: 'The container port is the port the unit listens on',
  description: 'A port mapping that differs from the listen port sends every request and health check to a closed port.',
  check: ({ byType, contract }) =>
    byType('aws_ecs_task_definition').flatMap((at) =>
      taskContainers(at).flatMap((c) => {
        const unit = unitOfContainer(contract, c.name);
        if (!unit || unit.listenPort === null || unit.protocol === 'none') return [];
        const ports = (Array.isArray(c.portMappings) ? c.portMappings : [])
          .map((p) => (p && typeof p === 'object' ? (p as Record<string, unknown>).containerPort : undefined))
          .filter((p): p is number => typeof p === 'number');
        if (!ports.length || ports.includes(unit.listenPort)) return [];
        return [
          {
            at,
            resource: at.address,
            message: `container ${String(c.name)} maps port ${ports.join(', ')} but ${unit.name} listens on ${unit.listenPort}`,
          },
        ];
      }),
    ),
  examples: {
    contract: CONTRACT,
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1", portMappings = [{ containerPort = 8000 }],
    secrets = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1", portMappings = [{ containerPort = 3000 }] }])
}`,
    ],
  },
} satisfies DeployabilityRule;
