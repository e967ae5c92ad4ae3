import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-no-public-access',
  title: 'RDS instance is not publicly accessible',
  severity: 'critical',
  aliases: ['CKV_AWS_17', 'AVD-AWS-0082'],
  legacyIds: ['aws-rds-no-public-db-access'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  description: 'A publicly accessible database gets a public DNS name and IP; only the security group stands between it and the internet.',
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt('publicly_accessible', isFalse, 'The database is publicly accessible', 'pass'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  publicly_accessible = false
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  publicly_accessible = true
}`,
      `variable "public" { default = true }
resource "aws_rds_cluster_instance" "i" {
  cluster_identifier  = "c"
  instance_class      = "db.r6g.large"
  publicly_accessible = var.public
}`,
    ],
  },
});
