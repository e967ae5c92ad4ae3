import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-deletion-protection',
  title: 'RDS instance has deletion protection',
  severity: 'low',
  aliases: ['CKV_AWS_293', 'AVD-AWS-0177'],
  legacyIds: ['aws-rds-enable-deletion-protection'],
  resourceTypes: ['aws_db_instance'],
  description: 'Deletion protection stops the database from being deleted by an API call or a terraform destroy until it is turned off.',
  remediation: `\`\`\`hcl
deletion_protection = true
\`\`\``,
  check: expectAt('deletion_protection', isTrue, 'Deletion protection is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class      = "db.t3.micro"
  deletion_protection = true
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`,
    ],
  },
});
