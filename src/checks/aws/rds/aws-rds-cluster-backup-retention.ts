import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-cluster-backup-retention',
  title: 'RDS cluster keeps backups for more than one day',
  severity: 'low',
  aliases: ['AVD-AWS-0077'],
  legacyIds: ['aws-rds-specify-backup-retention'],
  resourceTypes: ['aws_rds_cluster'],
  description: 'Aurora clusters keep one day of backups by default; a longer retention allows recovery from problems noticed late.',
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: expectAt('backup_retention_period', atLeast(2), 'The cluster keeps backups for one day only', 'fail'),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 7
  storage_encrypted       = true
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-postgresql"
  storage_encrypted = true
}`,
    ],
  },
});
