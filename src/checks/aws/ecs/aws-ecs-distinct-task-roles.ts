import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecs-distinct-task-roles',
  title: 'ECS task role and execution role are different',
  severity: 'low',
  aliases: ['CKV_AWS_249'],
  resourceTypes: ['aws_ecs_task_definition'],
  description:
    'The execution role (pull images, read secrets, write logs) and the task role (what the application may do) should be separate, so the application does not inherit the agent permissions.',
  remediation: `\`\`\`hcl
execution_role_arn = aws_iam_role.execution.arn
task_role_arn      = aws_iam_role.task.arn
\`\`\``,
  check: (res) => {
    const exec = res.attributes.execution_role_arn;
    const task = res.attributes.task_role_arn;
    const same =
      (typeof exec === 'string' && exec === task) ||
      (res.expressions?.execution_role_arn !== undefined && res.expressions.execution_role_arn === res.expressions.task_role_arn);
    if (same) return { attribute: 'task_role_arn', message: 'The task role is the same as the execution role' };
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  execution_role_arn    = "arn:aws:iam::123456789012:role/exec"
  task_role_arn         = "arn:aws:iam::123456789012:role/app"
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  execution_role_arn    = aws_iam_role.r.arn
  task_role_arn         = aws_iam_role.r.arn
}
resource "aws_iam_role" "r" { assume_role_policy = "{}" }`,
    ],
  },
});
