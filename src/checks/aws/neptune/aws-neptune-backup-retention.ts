import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-neptune-backup-retention',
  title: 'Neptune clusters keep automated backups for at least 7 days',
  severity: 'low',
  aliases: ['CKV_AWS_361'],
  resourceTypes: ['aws_neptune_cluster'],
  description:
    'backup_retention_period defaults to 1 day: a problem noticed after a weekend can no longer be undone by a point-in-time restore.',
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: expectAt('backup_retention_period', atLeast(7), 'Automated backups are kept for less than 7 days', 'fail'),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  backup_retention_period = 7
}`,
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`,
    ],
  },
});
