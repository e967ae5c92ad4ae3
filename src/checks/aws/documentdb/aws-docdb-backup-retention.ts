import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-docdb-backup-retention',
  title: 'DocumentDB clusters keep automated backups for at least 7 days',
  severity: 'low',
  aliases: ['CKV_AWS_360'],
  resourceTypes: ['aws_docdb_cluster'],
  description:
    'backup_retention_period defaults to 1 day: a problem noticed after a weekend can no longer be undone by a point-in-time restore.',
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: expectAt('backup_retention_period', atLeast(7), 'Automated backups are kept for less than 7 days', 'fail'),
  examples: {
    good: [
      `resource "aws_docdb_cluster" "d" {
  cluster_identifier = "docs"
  master_username    = "admin"
  master_password    = "change-me-1234"
  backup_retention_period = 7
}`,
    ],
    bad: [
      `resource "aws_docdb_cluster" "d" {
  cluster_identifier = "docs"
  master_username    = "admin"
  master_password    = "change-me-1234"
}`,
    ],
  },
});
