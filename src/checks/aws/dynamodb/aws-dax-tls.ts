import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-dax-tls',
  title: 'DAX cluster endpoints use TLS',
  severity: 'medium',
  aliases: ['CKV_AWS_239'],
  resourceTypes: ['aws_dax_cluster'],
  description:
    'cluster_endpoint_encryption_type defaults to NONE: cached items and requests travel in clear text inside the VPC. It can only be set at creation.',
  remediation: `\`\`\`hcl
cluster_endpoint_encryption_type = "TLS"
\`\`\``,
  check: expectAt('cluster_endpoint_encryption_type', equals('TLS'), 'The cluster endpoint does not use TLS', 'fail'),
  examples: {
    good: [
      `resource "aws_dax_cluster" "d" {
  cluster_name                     = "cache"
  iam_role_arn                     = "arn:aws:iam::123456789012:role/dax"
  node_type                        = "dax.t3.small"
  replication_factor               = 1
  cluster_endpoint_encryption_type = "TLS"
}`,
    ],
    bad: [
      `resource "aws_dax_cluster" "d" {
  cluster_name       = "cache"
  iam_role_arn       = "arn:aws:iam::123456789012:role/dax"
  node_type          = "dax.t3.small"
  replication_factor = 1
}`,
    ],
  },
});
