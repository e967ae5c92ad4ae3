import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-copy-tags-to-snapshot',
  title: 'RDS instance copies tags to snapshots',
  severity: 'low',
  aliases: ['CKV2_AWS_60'],
  resourceTypes: ['aws_db_instance'],
  description: 'Snapshots without the instance tags lose ownership and data-classification information.',
  remediation: `\`\`\`hcl
copy_tags_to_snapshot = true
\`\`\``,
  check: expectAt('copy_tags_to_snapshot', isTrue, 'Tags are not copied to snapshots', 'fail'),
  examples: {
    good: [
      `resource "aws_db_instance" "db" {
  instance_class        = "db.t3.micro"
  copy_tags_to_snapshot = true
}`,
    ],
    bad: [
      `resource "aws_db_instance" "db" {
  instance_class = "db.t3.micro"
}`,
    ],
  },
});
