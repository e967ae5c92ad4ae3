import { defineRule } from '../../types';
import { strings } from '../../values';

const ALL_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

export default defineRule({
  id: 'aws-eks-control-plane-logging',
  title: 'EKS control plane logging is enabled for all log types',
  severity: 'medium',
  aliases: ['CKV_AWS_37', 'AVD-AWS-0038'],
  legacyIds: ['aws-eks-enable-control-plane-logging'],
  resourceTypes: ['aws_eks_cluster'],
  description: 'API, audit, authenticator, controller manager and scheduler logs record who did what in the cluster.',
  remediation: `\`\`\`hcl
enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
\`\`\``,
  check: (res) => {
    const types = strings(res.attributes.enabled_cluster_log_types ?? null);
    if (!types) return;
    const missing = ALL_TYPES.filter((t) => !types.includes(t));
    if (missing.length > 0)
      return {
        attribute: types.length ? 'enabled_cluster_log_types' : undefined,
        message: `Control plane logs not enabled: ${missing.join(', ')}`,
      };
  },
  examples: {
    good: [
      `resource "aws_eks_cluster" "c" {
  name                      = "c"
  role_arn                  = "arn"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  vpc_config { subnet_ids = ["s"] }
}`,
    ],
    bad: [
      `resource "aws_eks_cluster" "c" {
  name                      = "c"
  role_arn                  = "arn"
  enabled_cluster_log_types = ["api"]
  vpc_config { subnet_ids = ["s"] }
}`,
    ],
  },
});
