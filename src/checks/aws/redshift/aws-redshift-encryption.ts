import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-encryption',
  title: 'Redshift cluster is encrypted at rest',
  severity: 'high',
  aliases: ['CKV_AWS_64'],
  legacyIds: ['aws-redshift-encryption-customer-key'],
  resourceTypes: ['aws_redshift_cluster'],
  description: 'Unencrypted warehouse storage exposes data, backups and snapshots at rest.',
  remediation: `\`\`\`hcl
encrypted  = true
kms_key_id = aws_kms_key.redshift.arn
\`\`\``,
  check: expectAt('encrypted', isTrue, 'The cluster is not encrypted', 'fail'),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted = true
}`,
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
}`,
    ],
  },
});
