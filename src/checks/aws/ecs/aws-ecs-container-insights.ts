import { expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecs-container-insights',
  title: 'ECS cluster has Container Insights enabled',
  severity: 'low',
  aliases: ['CKV_AWS_65', 'AVD-AWS-0034'],
  legacyIds: ['aws-ecs-enable-container-insight'],
  resourceTypes: ['aws_ecs_cluster'],
  description: 'Container Insights collects CPU, memory, network and restart metrics per service and task.',
  remediation: `\`\`\`hcl
setting {
  name  = "containerInsights"
  value = "enabled"
}
\`\`\``,
  check: expectAt(
    'setting',
    (v) => {
      const list = Array.isArray(v) ? v : [];
      const s = list.find(
        (x) => typeof x === 'object' && x !== null && !Array.isArray(x) && (x as Record<string, unknown>).name === 'containerInsights',
      ) as Record<string, unknown> | undefined;
      if (!s) return false;
      return typeof s.value === 'string' ? s.value === 'enabled' || s.value === 'enhanced' : undefined;
    },
    'Container Insights is not enabled',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_ecs_cluster" "c" {
  name = "c"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}`,
    ],
    bad: [
      `resource "aws_ecs_cluster" "c" {
  name = "c"
}`,
    ],
  },
});
