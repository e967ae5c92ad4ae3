import { expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-eks-secrets-encryption',
  title: 'EKS cluster encrypts Kubernetes secrets with KMS',
  severity: 'high',
  aliases: ['CKV_AWS_58', 'AVD-AWS-0039'],
  legacyIds: ['aws-eks-encrypt-secrets'],
  resourceTypes: ['aws_eks_cluster'],
  description: 'Envelope encryption of secrets with a KMS key protects them in etcd and its backups.',
  remediation: `\`\`\`hcl
encryption_config {
  resources = ["secrets"]
  provider {
    key_arn = aws_kms_key.eks.arn
  }
}
\`\`\``,
  check: expectAt(
    'encryption_config.resources',
    (v) => (Array.isArray(v) ? v.includes('secrets') : undefined),
    'Kubernetes secrets are not encrypted with a KMS key',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { subnet_ids = ["subnet-1"] }
  encryption_config {
    resources = ["secrets"]
    provider { key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc" }
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
