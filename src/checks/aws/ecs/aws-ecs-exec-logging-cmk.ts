import { defineRule } from '../../types';
import { blocks, bool, isSet, read } from '../../values';

export default defineRule({
  id: 'aws-ecs-exec-logging-cmk',
  title: 'ECS Exec sessions use a customer-managed key and encrypted logs',
  severity: 'low',
  aliases: ['CKV_AWS_224'],
  resourceTypes: ['aws_ecs_cluster'],
  description:
    'When a cluster configures ECS Exec, its kms_key_id encrypts the session between client and container, and the session log destination (CloudWatch Logs or S3) should be encrypted too. ' +
    'Clusters that do not configure ECS Exec are not judged.',
  remediation: `\`\`\`hcl
configuration {
  execute_command_configuration {
    kms_key_id = aws_kms_key.exec.arn
    logging    = "OVERRIDE"
    log_configuration {
      cloud_watch_log_group_name     = aws_cloudwatch_log_group.exec.name
      cloud_watch_encryption_enabled = true
    }
  }
}
\`\`\``,
  check: (res) => {
    for (const c of blocks(res.attributes.configuration) ?? []) {
      for (const e of blocks(c.execute_command_configuration) ?? []) {
        const logging = read(e, 'logging');
        if (logging === undefined || logging === 'NONE') continue;
        const key = isSet(read(e, 'kms_key_id'));
        if (key === false)
          return {
            attribute: 'configuration',
            message: 'ECS Exec sessions are not encrypted with a customer-managed key (kms_key_id is not set)',
          };
        const logs = blocks(e.log_configuration);
        if (logs === undefined) continue;
        const encrypted = logs.map((l) => [
          bool(read(l, 'cloud_watch_encryption_enabled'), false),
          bool(read(l, 's3_bucket_encryption_enabled'), false),
        ]);
        if (encrypted.some((pair) => pair.includes(true)) || encrypted.some((pair) => pair.includes(undefined))) continue;
        return {
          attribute: 'configuration',
          message:
            'ECS Exec session logs are not encrypted (neither cloud_watch_encryption_enabled nor s3_bucket_encryption_enabled is true)',
        };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "exec"
      }
    }
  }
}`,
      `resource "aws_ecs_cluster" "c" {
  name = "app"
}`,
    ],
    bad: [
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      logging = "DEFAULT"
    }
  }
}`,
      `resource "aws_ecs_cluster" "c" {
  name = "app"
  configuration {
    execute_command_configuration {
      kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_log_group_name = "exec"
      }
    }
  }
}`,
    ],
  },
});
