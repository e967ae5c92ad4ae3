import { defineRule } from '../../types';
import { containerDefinitions, nameOf } from './containers';

export default defineRule({
  id: 'aws-ecs-no-privileged-containers',
  title: 'ECS containers do not run privileged',
  severity: 'high',
  aliases: ['CKV_AWS_334'],
  resourceTypes: ['aws_ecs_task_definition'],
  description: 'A privileged container has root access to the host; an escape compromises every task on the instance.',
  remediation: `\`\`\`hcl
container_definitions = jsonencode([{
  name       = "app"
  image      = "app:1.0"
  privileged = false
}])
\`\`\``,
  check: (res) => {
    const c = containerDefinitions(res)?.find((x) => x.privileged === true);
    if (c) return { attribute: 'container_definitions', message: `Container ${nameOf(c)} runs privileged` };
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1" }])
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1", privileged = true }])
}`,
    ],
  },
});
