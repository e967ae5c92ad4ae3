import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-opensearch-in-vpc',
  title: 'OpenSearch domain is deployed inside a VPC',
  severity: 'medium',
  aliases: ['CKV_AWS_137'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description: 'A domain outside a VPC has a public endpoint, protected only by its access policy.',
  remediation: `\`\`\`hcl
vpc_options {
  subnet_ids         = var.private_subnet_ids
  security_group_ids = [aws_security_group.search.id]
}
\`\`\``,
  check: expectAt('vpc_options', nonEmpty, 'The domain is not deployed inside a VPC', 'fail'),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
}`,
    ],
  },
});
