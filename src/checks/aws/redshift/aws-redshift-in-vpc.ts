import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-in-vpc',
  title: 'Redshift cluster is deployed in a VPC subnet group',
  severity: 'medium',
  aliases: ['CKV_AWS_154'],
  resourceTypes: ['aws_redshift_cluster'],
  description: 'A cluster subnet group places the cluster in your VPC subnets, behind your routing and security groups.',
  remediation: `\`\`\`hcl
cluster_subnet_group_name = aws_redshift_subnet_group.dw.name
\`\`\``,
  check: expectAt('cluster_subnet_group_name', nonEmpty, 'The cluster is not deployed in a VPC subnet group', 'fail'),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  cluster_subnet_group_name = "private"
}`,
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`,
    ],
  },
});
