import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-neptune-copy-tags-to-snapshot',
  title: 'Neptune clusters copy tags to snapshots',
  severity: 'low',
  aliases: ['CKV_AWS_362'],
  resourceTypes: ['aws_neptune_cluster'],
  description: 'Snapshots without the cluster tags escape tag-based access control, cost allocation and retention policies.',
  remediation: `\`\`\`hcl
copy_tags_to_snapshot = true
\`\`\``,
  check: expectAt('copy_tags_to_snapshot', isTrue, 'Tags are not copied to snapshots', 'fail'),
  examples: {
    good: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
  copy_tags_to_snapshot = true
}`,
    ],
    bad: [
      `resource "aws_neptune_cluster" "n" {
  cluster_identifier = "graph"
}`,
    ],
  },
});
