import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-iam-authentication',
  title: 'RDS instance uses IAM database authentication',
  severity: 'medium',
  aliases: ['CKV_AWS_161', 'AVD-AWS-0176'],
  legacyIds: ['aws-rds-enable-iam-auth'],
  resourceTypes: ['aws_db_instance'],
  description:
    'IAM authentication replaces long-lived database passwords with short-lived tokens tied to IAM identities (MySQL and PostgreSQL engines).',
  remediation: `\`\`\`hcl
iam_database_authentication_enabled = true
\`\`\``,
  check: when(
    (r) => (typeof r.attributes.engine === 'string' ? /^(mysql|postgres|mariadb)/.test(r.attributes.engine) : undefined),
    expectAt('iam_database_authentication_enabled', isTrue, 'IAM database authentication is not enabled', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  iam_database_authentication_enabled = true
}`,
      `resource "aws_db_instance" "db" {
  engine         = "sqlserver-ex"
  instance_class = "db.t3.micro"
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine         = "mysql"
  instance_class = "db.t3.micro"
}`,
    ],
  },
});
