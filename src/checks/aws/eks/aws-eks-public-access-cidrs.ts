import { defineRule } from '../../types';
import { blocks, bool, read, strings } from '../../values';

export default defineRule({
  id: 'aws-eks-public-access-cidrs',
  title: 'EKS public API endpoint is not open to 0.0.0.0/0',
  severity: 'high',
  aliases: ['CKV_AWS_38', 'AVD-AWS-0041'],
  legacyIds: ['aws-eks-no-public-cluster-access-to-cidr'],
  resourceTypes: ['aws_eks_cluster'],
  description:
    'When the public endpoint is on, public_access_cidrs defaults to 0.0.0.0/0: the Kubernetes API is reachable from the whole internet.',
  remediation: `\`\`\`hcl
vpc_config {
  subnet_ids             = var.private_subnet_ids
  endpoint_public_access = true
  public_access_cidrs    = [var.office_cidr]
}
\`\`\``,
  check: (res) => {
    for (const vc of blocks(res.attributes.vpc_config) ?? []) {
      if (bool(read(vc, 'endpoint_public_access'), true) !== true) continue;
      const cidrs = strings(read(vc, 'public_access_cidrs'));
      if (!cidrs) continue;
      if (cidrs.length === 0 || cidrs.includes('0.0.0.0/0'))
        return { attribute: 'vpc_config', message: 'The public API endpoint accepts connections from 0.0.0.0/0' };
    }
  },
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn"
  vpc_config {
    subnet_ids          = ["s"]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}`,
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn"
  vpc_config { subnet_ids = ["s"] }
}`,
    ],
  },
});
