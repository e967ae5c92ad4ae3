import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-multi-az',
  title: 'RDS instance is Multi-AZ',
  severity: 'low',
  aliases: ['CKV_AWS_157'],
  resourceTypes: ['aws_db_instance'],
  description: 'A Multi-AZ deployment keeps a standby in another availability zone and fails over automatically.',
  remediation: `\`\`\`hcl
multi_az = true
\`\`\``,
  check: when(
    (r) => r.attributes.replicate_source_db === undefined,
    expectAt('multi_az', isTrue, 'The database is not deployed across availability zones', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
  multi_az       = true
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`,
    ],
  },
});
