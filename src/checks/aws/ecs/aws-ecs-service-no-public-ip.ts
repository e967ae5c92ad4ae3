import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecs-service-no-public-ip',
  title: 'ECS service does not assign public IP addresses',
  severity: 'medium',
  aliases: ['CKV_AWS_333'],
  resourceTypes: ['aws_ecs_service'],
  description:
    'Tasks with public IPs are reachable from the internet whenever their security group allows it; run them in private subnets behind a load balancer.',
  remediation: `\`\`\`hcl
network_configuration {
  subnets          = var.private_subnet_ids
  security_groups  = [aws_security_group.app.id]
  assign_public_ip = false
}
\`\`\``,
  check: expectAt('network_configuration.assign_public_ip', isFalse, 'Tasks of this service get public IP addresses', 'pass'),
  examples: {
    good: [
      `resource "aws_ecs_service" "s" {
  name = "app"
  network_configuration {
    subnets = ["subnet-1"]
  }
}`,
    ],
    bad: [
      `resource "aws_ecs_service" "s" {
  name = "app"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true
  }
}`,
    ],
  },
});
