import { allOf, atLeast, atMost, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-backup-retention',
  title: 'RDS instance or cluster keeps automated backups',
  severity: 'medium',
  aliases: ['CKV_AWS_133', 'AVD-AWS-0077'],
  legacyIds: ['aws-rds-specify-backup-retention'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  description:
    'backup_retention_period = 0 disables automated backups and point-in-time recovery; AWS accepts 1 to 35 days, so a larger value fails at apply time and leaves the database without the intended backups.',
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: allOf(
    expectAt('backup_retention_period', atLeast(1), 'Automated backups are disabled (backup_retention_period = 0)', 'pass'),
    // Checkov (CKV_AWS_133) fails values above the AWS maximum too: the plan cannot be applied as written.
    expectAt(
      'backup_retention_period',
      atMost(35),
      (v) => `backup_retention_period = ${String(v)} exceeds the AWS maximum of 35 days`,
      'pass',
    ),
  ),
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
      `resource "aws_rds_cluster" "c" {
  engine                  = "aurora-postgresql"
  backup_retention_period = 36
}`,
    ],
  },
});
