import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecs-no-host-pid',
  title: "ECS task definition does not share the host's process namespace",
  severity: 'medium',
  aliases: ['CKV_AWS_335'],
  resourceTypes: ['aws_ecs_task_definition'],
  description: 'pid_mode = "host" lets containers see and signal every process on the instance, including other tasks.',
  remediation: `\`\`\`hcl
pid_mode = "task"
\`\`\``,
  check: expectAt('pid_mode', notEquals('host'), "The task shares the host's process namespace", 'pass'),
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  pid_mode              = "host"
}`,
    ],
  },
});
