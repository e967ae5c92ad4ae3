import { expectAt, nonEmpty, when } from '../../dsl';
import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-opensearch-vpc-security-groups',
  title: 'OpenSearch domain in a VPC names its security groups',
  severity: 'medium',
  aliases: ['CKV_AWS_248'],
  resourceTypes: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  description:
    "A domain placed in a VPC without security_group_ids gets the VPC's default security group, which usually admits every other member of that group. A domain with no vpc_options has a public endpoint and no security groups at all (other rules judge that).",
  remediation: `\`\`\`hcl
vpc_options {
  subnet_ids         = [aws_subnet.private.id]
  security_group_ids = [aws_security_group.search.id]
}
\`\`\``,
  check: when(
    (res) => {
      const list = blocks(res.attributes.vpc_options);
      return list === undefined ? undefined : list.length > 0;
    },
    expectAt('vpc_options.security_group_ids', nonEmpty, 'The domain uses the VPC default security group', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids         = ["subnet-0123"]
    security_group_ids = ["sg-0123"]
  }
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-0123"]
  }
}`,
    ],
  },
});
