import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';
import { isSet, read } from '../../values';

const retention = expectAt('backup_retention_period', atLeast(2), 'Backups are kept for less than two days', 'fail');

export default defineRule({
  id: 'aws-rds-cluster-backup-retention',
  title: 'RDS cluster or instance keeps backups for more than one day',
  severity: 'low',
  aliases: ['AVD-AWS-0077'],
  legacyIds: ['aws-rds-specify-backup-retention'],
  resourceTypes: ['aws_rds_cluster', 'aws_db_instance'],
  description:
    'Clusters and instances created through the API keep one day of backups by default; a longer retention allows recovery ' +
    'from problems noticed late (AWS Security Hub RDS.11 asks for 7 days). Read replicas (replicate_source_db) are not ' +
    'judged: their source keeps the backups.',
  remediation: `\`\`\`hcl
backup_retention_period = 7
\`\`\``,
  check: (res, ctx) => {
    const replica = read(res, 'replicate_source_db');
    if (replica === undefined || isSet(replica)) return;
    return retention(res, ctx);
  },
  examples: {
    good: [
      `resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "main-db"
}`,
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
      `resource "aws_db_instance" "db" {
  instance_class          = "db.t3.micro"
  engine                  = "postgres"
  backup_retention_period = 1
}`,
    ],
  },
});
