import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-no-classic-security-group',
  title: 'No DB security group (EC2-Classic) is declared',
  severity: 'low',
  aliases: ['CKV_AWS_198'],
  resourceTypes: ['aws_db_security_group'],
  description:
    'DB security groups only apply to databases outside a VPC (EC2-Classic, retired in 2022). Databases in a VPC are protected by VPC security groups (vpc_security_group_ids).',
  remediation: `Remove the \`aws_db_security_group\` and attach a VPC security group:

\`\`\`hcl
resource "aws_db_instance" "db" {
  vpc_security_group_ids = [aws_security_group.db.id]
}
\`\`\``,
  check: () => ({ message: 'A DB security group is an EC2-Classic resource; use a VPC security group' }),
  examples: {
    good: [
      `resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = "vpc-0123"
}`,
    ],
    bad: [
      `resource "aws_db_security_group" "db" {
  name = "db"
  ingress {
    cidr = "10.0.0.0/24"
  }
}`,
    ],
  },
});
