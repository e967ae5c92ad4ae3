import { defineRule } from '../../types';
import { containerDefinitions, nameOf } from './containers';

export default defineRule({
  id: 'aws-ecs-read-only-root-filesystem',
  title: 'ECS containers have a read-only root filesystem',
  severity: 'low',
  aliases: ['CKV_AWS_336'],
  resourceTypes: ['aws_ecs_task_definition'],
  description: 'A read-only root filesystem stops an attacker from dropping tools or changing binaries inside the container.',
  remediation: `\`\`\`hcl
container_definitions = jsonencode([{
  name                   = "app"
  image                  = "app:1.0"
  readonlyRootFilesystem = true
}])
\`\`\``,
  check: (res) => {
    const c = containerDefinitions(res)?.find((x) => x.readonlyRootFilesystem !== true && typeof x.readonlyRootFilesystem !== 'symbol');
    if (c) return { attribute: 'container_definitions', message: `Container ${nameOf(c)} has a writable root filesystem` };
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1", readonlyRootFilesystem = true }])
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1" }])
}`,
    ],
  },
});
