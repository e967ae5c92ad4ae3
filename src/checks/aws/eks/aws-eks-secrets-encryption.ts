import { isSet, blocks, read, strings } from '../../values';
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
  check: (res) => {
    const configs = blocks(res.attributes.encryption_config);
    if (!configs) return;
    const forSecrets = configs.map((c) => strings(read(c, 'resources')));
    if (forSecrets.some((r) => r === undefined)) return;
    const secrets = configs.filter((_c, i) => forSecrets[i]!.includes('secrets'));
    if (secrets.length === 0) return { attribute: 'encryption_config', message: 'Kubernetes secrets are not encrypted with a KMS key' };
    // The key is required: without one the intent to encrypt is plain, but nothing is encrypted.
    if (secrets.every((c) => isSet(read(c, 'provider.key_arn')) === false))
      return {
        attribute: 'encryption_config',
        message: 'encryption_config names no KMS key (provider.key_arn): secrets are not encrypted',
      };
  },
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
      `resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config { subnet_ids = ["subnet-1"] }
  encryption_config {
    resources = ["secrets"]
  }
}`,
    ],
  },
});
