import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-version-upgrade',
  title: 'Redshift cluster allows version upgrades',
  severity: 'low',
  aliases: ['CKV_AWS_141'],
  resourceTypes: ['aws_redshift_cluster'],
  description: 'Major version upgrades during the maintenance window carry security fixes; disabling them leaves the engine behind.',
  remediation: `\`\`\`hcl
allow_version_upgrade = true
\`\`\``,
  check: expectAt('allow_version_upgrade', isTrue, 'Version upgrades are disabled', 'pass'),
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
  allow_version_upgrade = false
}`,
    ],
  },
});
