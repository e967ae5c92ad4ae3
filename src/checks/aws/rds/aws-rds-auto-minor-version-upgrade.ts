import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-auto-minor-version-upgrade',
  title: 'RDS instance applies minor engine upgrades automatically',
  severity: 'low',
  aliases: ['CKV_AWS_226'],
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  description: 'Minor engine versions carry security fixes; turning automatic minor upgrades off leaves them unapplied.',
  remediation: `\`\`\`hcl
auto_minor_version_upgrade = true
\`\`\``,
  check: expectAt('auto_minor_version_upgrade', isTrue, 'Automatic minor version upgrades are disabled', 'pass'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class             = "db.t3.micro"
  auto_minor_version_upgrade = false
}`,
    ],
  },
});
