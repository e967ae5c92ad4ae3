import { defineRule } from '../../types';
import { strings } from '../../values';

export default defineRule({
  id: 'aws-rds-snapshot-not-public',
  title: 'RDS snapshots are not shared publicly',
  severity: 'critical',
  aliases: ['CKV_AWS_302'],
  resourceTypes: ['aws_db_snapshot', 'aws_db_cluster_snapshot'],
  description:
    'shared_accounts = ["all"] makes a manual snapshot restorable by every AWS account: anyone can copy the whole database. ' +
    'Share with named account ids instead.',
  remediation: `\`\`\`hcl
resource "aws_db_snapshot" "s" {
  db_instance_identifier = aws_db_instance.db.identifier
  db_snapshot_identifier = "before-migration"
  shared_accounts        = ["123456789012"]
}
\`\`\``,
  check: (res) => {
    const accounts = strings(res.attributes.shared_accounts ?? null);
    if (accounts?.some((a) => a.toLowerCase() === 'all'))
      return { attribute: 'shared_accounts', message: 'The snapshot is shared with every AWS account (shared_accounts contains "all")' };
  },
  examples: {
    good: [
      `resource "aws_db_snapshot" "s" {
  db_instance_identifier = "db"
  db_snapshot_identifier = "snap"
  shared_accounts        = ["123456789012"]
}`,
      `resource "aws_db_snapshot" "s" {
  db_instance_identifier = "db"
  db_snapshot_identifier = "snap"
}`,
    ],
    bad: [
      `resource "aws_db_snapshot" "s" {
  db_instance_identifier = "db"
  db_snapshot_identifier = "snap"
  shared_accounts        = ["all"]
}`,
      `resource "aws_db_cluster_snapshot" "s" {
  db_cluster_identifier          = "app"
  db_cluster_snapshot_identifier = "snap"
  shared_accounts                = ["all"]
}`,
    ],
  },
});
