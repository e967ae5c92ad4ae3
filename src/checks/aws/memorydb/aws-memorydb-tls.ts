import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-memorydb-tls',
  title: 'MemoryDB cluster encrypts data in transit',
  severity: 'high',
  aliases: ['CKV_AWS_202'],
  resourceTypes: ['aws_memorydb_cluster'],
  description: 'Without TLS, commands, data and ACL passwords cross the network in clear text. TLS is on unless turned off.',
  remediation: `\`\`\`hcl
tls_enabled = true
\`\`\``,
  check: expectAt('tls_enabled', isTrue, 'TLS is disabled', 'pass'),
  examples: {
    good: [
      `resource "aws_memorydb_cluster" "c" {
  name      = "cache"
  acl_name  = "open-access"
  node_type = "db.t4g.small"
}`,
    ],
    bad: [
      `resource "aws_memorydb_cluster" "c" {
  name        = "cache"
  acl_name    = "open-access"
  node_type   = "db.t4g.small"
  tls_enabled = false
}`,
    ],
  },
});
