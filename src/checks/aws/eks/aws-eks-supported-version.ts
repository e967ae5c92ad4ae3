import { defineRule } from '../../types';
import { read, str } from '../../values';

/**
 * Oldest Kubernetes minor version EKS still supports (standard or extended support). Checkov's
 * CKV_AWS_339 (bridgecrewio/checkov@03d5fdad, August 2026) lists 1.29 … 1.35; newer versions than
 * the list are accepted here, so the rule does not go stale when EKS adds one.
 */
const OLDEST_SUPPORTED_MINOR = 29;

export default defineRule({
  id: 'aws-eks-supported-version',
  title: 'EKS cluster runs a Kubernetes version EKS still supports',
  severity: 'medium',
  aliases: ['CKV_AWS_339'],
  resourceTypes: ['aws_eks_cluster'],
  description:
    `Versions older than 1.${OLDEST_SUPPORTED_MINOR} are out of EKS support: no security patches, and EKS upgrades the control plane automatically at a time it picks. ` +
    'An unset version takes the latest one at creation and is not reported.',
  remediation: `\`\`\`hcl
resource "aws_eks_cluster" "main" {
  version = "1.33"
  # …
}
\`\`\``,
  check: (res) => {
    const v = str(read(res, 'version'));
    if (v === undefined) return;
    const m = /^1\.(\d+)(\.|$)/.exec(v.trim());
    if (!m) return;
    if (Number(m[1]) < OLDEST_SUPPORTED_MINOR)
      return {
        attribute: 'version',
        message: `Kubernetes ${v} is no longer supported by EKS (oldest supported: 1.${OLDEST_SUPPORTED_MINOR})`,
      };
  },
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.33"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}`,
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.24"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}`,
    ],
  },
});
