import { defineRule } from '../../types';
import { blocks, read } from '../../values';

export default defineRule({
  id: 'aws-ecs-efs-transit-encryption',
  title: 'ECS task EFS volumes encrypt data in transit',
  severity: 'high',
  aliases: ['CKV_AWS_97', 'AVD-AWS-0035'],
  legacyIds: ['aws-ecs-enable-in-transit-encryption'],
  resourceTypes: ['aws_ecs_task_definition'],
  description: 'EFS volumes mounted without transit encryption send file data over the network in clear text.',
  remediation: `\`\`\`hcl
volume {
  name = "data"
  efs_volume_configuration {
    file_system_id     = aws_efs_file_system.data.id
    transit_encryption = "ENABLED"
  }
}
\`\`\``,
  check: (res) => {
    for (const v of blocks(res.attributes.volume) ?? []) {
      for (const efs of blocks(v.efs_volume_configuration) ?? []) {
        const t = read(efs, 'transit_encryption');
        if (t === undefined) continue;
        if (t !== 'ENABLED')
          return {
            attribute: 'volume',
            message: `EFS volume ${typeof v.name === 'string' ? v.name : ''} does not encrypt data in transit`.replace('  ', ' '),
          };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = "fs-1"
      transit_encryption = "ENABLED"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family                = "app"
  container_definitions = "[]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-1"
    }
  }
}`,
    ],
  },
});
