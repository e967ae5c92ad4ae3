import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-no-public-access',
  title: 'Redshift cluster is not publicly accessible',
  severity: 'critical',
  aliases: ['CKV_AWS_87'],
  resourceTypes: ['aws_redshift_cluster'],
  description: 'A publicly accessible cluster gets a public endpoint; only its security group stands between it and the internet.',
  remediation: `\`\`\`hcl
publicly_accessible = false
\`\`\``,
  check: expectAt('publicly_accessible', isFalse, 'The cluster is publicly accessible', 'pass'),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  publicly_accessible = false
}`,
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  publicly_accessible = true
}`,
    ],
  },
});
