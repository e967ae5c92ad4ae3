import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-enhanced-vpc-routing',
  title: 'Redshift cluster uses enhanced VPC routing',
  severity: 'low',
  aliases: ['CKV_AWS_321'],
  resourceTypes: ['aws_redshift_cluster'],
  description: 'Enhanced VPC routing forces COPY and UNLOAD traffic through the VPC, where endpoints, flow logs and security groups apply.',
  remediation: `\`\`\`hcl
enhanced_vpc_routing = true
\`\`\``,
  check: expectAt('enhanced_vpc_routing', isTrue, 'Enhanced VPC routing is not enabled', 'fail'),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  enhanced_vpc_routing = true
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
