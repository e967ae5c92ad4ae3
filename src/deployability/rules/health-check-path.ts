import type { DeployabilityRule } from '../types';
import { str, unitOfContainer } from '../containers';
import { CONTRACT } from './example-contract';

const first = (v: unknown): Record<string, unknown> | undefined =>
  Array.isArray(v)
    ? (v[0] as Record<string, unknown> | undefined)
    : v && typeof v === 'object'
      ? (v as Record<string, unknown>)
      : undefined;

export default {
  id: 'health-check-path',
  title: "The load balancer checks the unit's health path",
  description:
    'A health check on a path the application does not serve (/ on an API, 400 from Django ALLOWED_HOSTS) marks every task unhealthy.',
  check: ({ byType, contract }) => {
    if (!contract) return [];
    const groups = byType('aws_lb_target_group');
    return byType('aws_ecs_service').flatMap((svc) => {
      const lbs = Array.isArray(svc.attributes.load_balancer) ? svc.attributes.load_balancer : [];
      return lbs.flatMap((lb) => {
        const unit = unitOfContainer(contract, (lb as Record<string, unknown>)?.container_name);
        if (!unit || unit.health.protocol !== 'http' || unit.health.source === 'default' || !unit.health.path) return [];
        const tgs = groups.filter(
          (g) =>
            svc.references.some((r) => g.address.replace(/\[[^\]]*\]$/, '') === r) &&
            // A conditional target group (count = public ? 1 : 0, as in modules/ecs-service) is [0].
            (g.index === undefined || g.index === svc.index || g.index === unit.name || (svc.index === undefined && g.index === 0)),
        );
        return tgs.flatMap((at) => {
          const path = str(first(at.attributes.health_check)?.path as never) ?? '/';
          return path === unit.health.path
            ? []
            : [
                {
                  at,
                  resource: at.address,
                  message: `health check path ${path}, but ${unit.name} answers ${unit.health.path} (${unit.health.evidence[0]?.file ?? unit.health.source})`,
                },
              ];
        });
      });
    });
  },
  examples: {
    contract: CONTRACT,
    good: [
      `resource "aws_lb_target_group" "api" {
  name = "api"
  port = 8000
  protocol = "HTTP"
  target_type = "ip"
  vpc_id = "vpc-1"
  health_check { path = "/healthz" }
}
resource "aws_ecs_service" "api" {
  name = "api"
  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = 8000
  }
}`,
    ],
    bad: [
      `resource "aws_lb_target_group" "api" {
  name = "api"
  port = 8000
  protocol = "HTTP"
  target_type = "ip"
  vpc_id = "vpc-1"
  health_check { path = "/" }
}
resource "aws_ecs_service" "api" {
  name = "api"
  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = 8000
  }
}`,
    ],
  },
} satisfies DeployabilityRule;
