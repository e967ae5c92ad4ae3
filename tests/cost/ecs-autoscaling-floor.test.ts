// An ECS service created with desired_count = 0 and scaled by an Application Auto Scaling target runs
// at least min_capacity tasks: that is what it costs (Inframate's own modules are written this way).
import { describe, expect, it } from 'vitest';
import { estimateCosts } from '../../src/cost/engine';
import { loadTerraformFiles } from '../../src/terraform/load';

const module = (min: number | null) => `
resource "aws_ecs_cluster" "main" { name = "c" }
resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  container_definitions    = "[]"
}
resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 0
  launch_type     = "FARGATE"
}
${
  min === null
    ? ''
    : `resource "aws_appautoscaling_target" "web" {
  service_namespace  = "ecs"
  scalable_dimension = "ecs:service:DesiredCount"
  resource_id        = "service/\${aws_ecs_cluster.main.name}/\${aws_ecs_service.web.name}"
  min_capacity       = ${min}
  max_capacity       = 10
}`
}
`;

async function fargateCost(min: number | null): Promise<number | null> {
  const loaded = await loadTerraformFiles('/x', new Map([['main.tf', module(min)]]));
  const est = estimateCosts(loaded, { region: 'us-east-1' });
  return est.resources.find((r) => r.address === 'aws_ecs_service.web')?.monthlyCost ?? null;
}

describe('ECS service tasks under an autoscaling floor', () => {
  it('prices min_capacity tasks when desired_count is 0', async () => {
    const none = await fargateCost(null);
    const two = await fargateCost(2);
    const four = await fargateCost(4);
    expect(none ?? 0).toBe(0);
    // 0.5 vCPU × $0.04048 + 1 GB × $0.004445, per task-hour, 730 hours (us-east-1 list prices).
    const perTask = (0.5 * 0.04048 + 1 * 0.004445) * 730;
    expect(two).toBeCloseTo(2 * perTask, 1);
    expect(four).toBeCloseTo(4 * perTask, 1);
  });
});
