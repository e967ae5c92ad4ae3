import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-dax-encryption',
  title: 'DAX cluster is encrypted at rest',
  severity: 'high',
  aliases: ['CKV_AWS_47', 'AVD-AWS-0023'],
  legacyIds: ['aws-dynamodb-enable-at-rest-encryption'],
  resourceTypes: ['aws_dax_cluster'],
  description: 'DAX clusters are unencrypted unless server-side encryption is enabled.',
  remediation: `\`\`\`hcl
server_side_encryption {
  enabled = true
}
\`\`\``,
  check: expectAt('server_side_encryption.enabled', isTrue, 'The DAX cluster is not encrypted at rest', 'fail'),
  examples: {
    good: [
      `resource "aws_dax_cluster" "d" {
  cluster_name = "c"
  server_side_encryption { enabled = true }
}`,
      // A dynamic block over unknown input whose content is fine: with no block the cluster is not encrypted, so unknown.
      `variable "encrypt" { type = bool }
resource "aws_dax_cluster" "d" {
  cluster_name = "c"
  dynamic "server_side_encryption" {
    for_each = var.encrypt ? [1] : []
    content { enabled = true }
  }
}`,
    ],
    bad: [
      `resource "aws_dax_cluster" "d" {
  cluster_name = "c"
}`,
      // Whatever the for_each gives (no block, or blocks with enabled = false), the cluster is not encrypted.
      `variable "settings" {}
resource "aws_dax_cluster" "d" {
  cluster_name = "c"
  dynamic "server_side_encryption" {
    for_each = var.settings
    content { enabled = false }
  }
}`,
    ],
  },
});
