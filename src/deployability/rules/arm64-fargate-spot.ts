import type { DeployabilityRule } from '../types';
import { str } from '../containers';

const blocks = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? (v as Record<string, unknown>[]) : v && typeof v === 'object' ? [v as Record<string, unknown>] : [];

export default {
  id: 'arm64-fargate-spot',
  title: 'ARM64 tasks do not run on Fargate Spot',
  description: 'Fargate Spot runs only X86_64 tasks: an ARM64 task definition on FARGATE_SPOT never starts.',
  check: ({ byType }) => {
    const arm = byType('aws_ecs_task_definition').filter((t) =>
      blocks(t.attributes.runtime_platform).some((p) => str(p.cpu_architecture as never) === 'ARM64'),
    );
    if (!arm.length) return [];
    return byType('aws_ecs_service').flatMap((at) => {
      const spot = blocks(at.attributes.capacity_provider_strategy).some(
        (s) => str(s.capacity_provider as never) === 'FARGATE_SPOT' && (typeof s.weight !== 'number' || s.weight > 0),
      );
      const usesArm = arm.some(
        (t) => at.references.includes(t.address.replace(/\[[^\]]*\]$/, '')) && (t.index === undefined || t.index === at.index),
      );
      return spot && usesArm
        ? [{ at, resource: at.address, message: 'runs an ARM64 task definition on FARGATE_SPOT (Spot supports X86_64 only)' }]
        : [];
    });
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = "[]"
  runtime_platform { cpu_architecture = "ARM64" }
}
resource "aws_ecs_service" "s" {
  name = "api"
  task_definition = aws_ecs_task_definition.t.arn
  capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = "[]"
  runtime_platform { cpu_architecture = "ARM64" }
}
resource "aws_ecs_service" "s" {
  name = "api"
  task_definition = aws_ecs_task_definition.t.arn
  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}`,
    ],
  },
} satisfies DeployabilityRule;
