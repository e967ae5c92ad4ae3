import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecs-exec-logging',
  title: 'ECS Exec sessions are logged',
  severity: 'low',
  aliases: ['CKV_AWS_223'],
  resourceTypes: ['aws_ecs_cluster'],
  description:
    'ECS Exec opens interactive shells in running containers. logging = "NONE" in execute_command_configuration discards the session output, leaving no record of what was run. ' +
    'The default ("DEFAULT") sends it to the task’s awslogs configuration.',
  remediation: `\`\`\`hcl
configuration {
  execute_command_configuration {
    logging = "OVERRIDE"
    log_configuration {
      cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      cloud_watch_encryption_enabled = true
    }
  }
}
\`\`\``,
  check: expectAt(
    'configuration.execute_command_configuration.logging',
    notEquals('NONE'),
    'ECS Exec session logging is turned off (logging = "NONE")',
    'pass',
  ),
  examples: {
    good: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
}`,
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      logging = "DEFAULT"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      logging = "NONE"
    }
  }
}`,
    ],
  },
});
