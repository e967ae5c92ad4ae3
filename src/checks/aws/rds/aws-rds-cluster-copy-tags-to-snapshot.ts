import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-cluster-copy-tags-to-snapshot',
  title: 'RDS cluster copies tags to snapshots',
  severity: 'low',
  aliases: ['CKV_AWS_313'],
  resourceTypes: ['aws_rds_cluster'],
  description: 'Snapshots without the cluster tags lose ownership and data-classification information.',
  remediation: `\`\`\`hcl
copy_tags_to_snapshot = true
\`\`\``,
  check: expectAt('copy_tags_to_snapshot', isTrue, 'Tags are not copied to cluster snapshots', 'fail'),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine                = "aurora-mysql"
  copy_tags_to_snapshot = true
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine = "aurora-mysql"
}`,
    ],
  },
});
