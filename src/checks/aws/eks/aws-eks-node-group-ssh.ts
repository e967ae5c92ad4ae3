import { defineRule } from '../../types';
import { blocks, read, strings } from '../../values';

export default defineRule({
  id: 'aws-eks-node-group-ssh',
  title: 'EKS node group does not allow SSH from anywhere',
  severity: 'high',
  aliases: ['CKV_AWS_100'],
  resourceTypes: ['aws_eks_node_group'],
  description: 'remote_access with an SSH key and no source_security_group_ids opens port 22 on every node to 0.0.0.0/0.',
  remediation: `\`\`\`hcl
remote_access {
  ec2_ssh_key               = aws_key_pair.ops.key_name
  source_security_group_ids = [aws_security_group.bastion.id]
}
\`\`\``,
  check: (res) => {
    for (const ra of blocks(res.attributes.remote_access) ?? []) {
      if (typeof read(ra, 'ec2_ssh_key') !== 'string') continue;
      const sgs = strings(read(ra, 'source_security_group_ids'));
      if (sgs && sgs.length === 0) return { attribute: 'remote_access', message: 'SSH to the nodes is open to 0.0.0.0/0' };
    }
  },
  examples: {
    good: [
      `resource "aws_eks_node_group" "n" {
  cluster_name = "c"
  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = ["sg-1"]
  }
}`,
    ],
    bad: [
      `resource "aws_eks_node_group" "n" {
  cluster_name = "c"
  remote_access { ec2_ssh_key = "ops" }
}`,
    ],
  },
});
