import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-elasticache-no-classic-security-group',
  title: 'No ElastiCache security group (EC2-Classic) is declared',
  severity: 'low',
  aliases: ['CKV_AWS_196'],
  resourceTypes: ['aws_elasticache_security_group'],
  description:
    'ElastiCache security groups only apply to clusters outside a VPC (EC2-Classic, retired in 2022). Clusters in a VPC are protected by VPC security groups (security_group_ids).',
  remediation: `Remove the \`aws_elasticache_security_group\` and attach a VPC security group:

\`\`\`hcl
resource "aws_elasticache_cluster" "cache" {
  security_group_ids = [aws_security_group.cache.id]
}
\`\`\``,
  check: () => ({ message: 'An ElastiCache security group is an EC2-Classic resource; use a VPC security group' }),
  examples: {
    good: [
      `resource "aws_security_group" "cache" {
  name   = "cache"
  vpc_id = "vpc-0123"
}`,
    ],
    bad: [
      `resource "aws_elasticache_security_group" "cache" {
  name                 = "cache"
  security_group_names = ["legacy"]
}`,
    ],
  },
});
