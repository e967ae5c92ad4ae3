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
    ],
    bad: [
      `resource "aws_dax_cluster" "d" {
  cluster_name = "c"
}`,
    ],
  },
});
