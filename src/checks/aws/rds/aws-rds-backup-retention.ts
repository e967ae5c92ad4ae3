import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-backup-retention',
  title: 'RDS instance keeps automated backups',
  severity: 'medium',
  aliases: ['CKV_AWS_133', 'AVD-AWS-0077'],
  legacyIds: ['aws-rds-specify-backup-retention'],
  resourceTypes: ['aws_db_instance'],
  description: 'backup_retention_period = 0 disables automated backups and point-in-time recovery.',
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: expectAt('backup_retention_period', atLeast(1), 'Automated backups are disabled (backup_retention_period = 0)', 'pass'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class          = "db.t3.micro"
  backup_retention_period = 7
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class          = "db.t3.micro"
  backup_retention_period = 0
}`,
    ],
  },
});
