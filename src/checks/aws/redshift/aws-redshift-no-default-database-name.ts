import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-no-default-database-name',
  title: 'Redshift clusters do not use the default database name',
  severity: 'low',
  aliases: ['CKV_AWS_320'],
  resourceTypes: ['aws_redshift_cluster'],
  description:
    'Without database_name the cluster’s database is called "dev", a name every scanner and password-spraying script tries first.',
  remediation: `\`\`\`hcl
database_name = "analytics"
\`\`\``,
  check: expectAt('database_name', notEquals('dev'), 'The cluster uses the default database name "dev"', 'fail'),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  database_name      = "analytics"
}`,
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
}`,
    ],
  },
});
