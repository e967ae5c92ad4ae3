import { expectAt, isFalse } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-eks-no-public-endpoint',
  title: 'EKS cluster API endpoint is not public',
  severity: 'medium',
  aliases: ['CKV_AWS_39', 'AVD-AWS-0040'],
  legacyIds: ['aws-eks-no-public-cluster-access'],
  resourceTypes: ['aws_eks_cluster'],
  description: 'The Kubernetes API endpoint is public by default; keep it private and reach it through the VPC or a bastion.',
  remediation: `\`\`\`hcl
vpc_config {
  subnet_ids              = var.private_subnet_ids
  endpoint_private_access = true
  endpoint_public_access  = false
}
\`\`\``,
  check: expectAt('vpc_config.endpoint_public_access', isFalse, 'The cluster API endpoint is public', 'fail'),
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids             = ["subnet-1"]
    endpoint_public_access = false
  }
}`,
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { subnet_ids = ["subnet-1"] }
}`,
    ],
  },
});
