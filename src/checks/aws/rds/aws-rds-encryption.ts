import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-encryption',
  title: 'RDS instance storage is encrypted',
  severity: 'high',
  aliases: ['CKV_AWS_16', 'AVD-AWS-0080'],
  legacyIds: ['aws-rds-encrypt-instance-storage-data'],
  resourceTypes: ['aws_db_instance'],
  description:
    'Unencrypted database storage exposes data, logs, backups and snapshots at rest. Read replicas inherit the source encryption and are not reported.',
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.rds.arn
\`\`\``,
  check: when(
    (r) => r.attributes.replicate_source_db === undefined,
    expectAt('storage_encrypted', isTrue, 'The database storage is not encrypted', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = true
}`,
      `resource "aws_db_instance" "replica" {
  instance_class      = "db.t3.micro"
  replicate_source_db = "primary-db"
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
}`,
    ],
  },
});
