import { atLeast, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-automatic-snapshots',
  title: 'Redshift cluster keeps automatic snapshots',
  severity: 'low',
  aliases: ['CKV_AWS_343'],
  resourceTypes: ['aws_redshift_cluster'],
  description: 'automated_snapshot_retention_period = 0 disables automatic snapshots.',
  remediation: `\`\`\`hcl
automated_snapshot_retention_period = 7
\`\`\``,
  check: expectAt('automated_snapshot_retention_period', atLeast(1), 'Automatic snapshots are disabled', 'pass'),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`,
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  automated_snapshot_retention_period = 0
}`,
    ],
  },
});
