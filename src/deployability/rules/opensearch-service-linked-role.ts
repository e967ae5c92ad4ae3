import type { DeployabilityRule } from '../types';
import { str } from '../containers';

export default {
  id: 'opensearch-service-linked-role',
  title: 'A VPC OpenSearch domain has its service-linked role',
  description:
    'OpenSearch needs the AWSServiceRoleForAmazonOpenSearchService role to place a domain in a VPC; in a fresh account the domain fails to create without it.',
  check: ({ byType }) => {
    const vpcDomains = [...byType('aws_opensearch_domain'), ...byType('aws_elasticsearch_domain')].filter((d) => {
      const v = d.attributes.vpc_options;
      return Array.isArray(v) ? v.length > 0 : !!v;
    });
    if (!vpcDomains.length) return [];
    const role = byType('aws_iam_service_linked_role').some((r) =>
      /^(opensearchservice|es)\.amazonaws\.com$/.test(str(r.attributes.aws_service_name) ?? ''),
    );
    return role
      ? []
      : vpcDomains.map((at) => ({
          at,
          resource: at.address,
          message: 'VPC domain without an aws_iam_service_linked_role for opensearchservice.amazonaws.com',
        }));
  },
  examples: {
    good: [
      `resource "aws_iam_service_linked_role" "os" {
  aws_service_name = "opensearchservice.amazonaws.com"
}
resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
  depends_on = [aws_iam_service_linked_role.os]
}`,
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}`,
    ],
  },
} satisfies DeployabilityRule;
