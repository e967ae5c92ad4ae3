import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-redshift-cmk',
  title: 'Redshift cluster is encrypted with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_142', 'AVD-AWS-0084'],
  legacyIds: ['aws-redshift-encryption-customer-key'],
  resourceTypes: ['aws_redshift_cluster'],
  description: 'A customer-managed key controls who can decrypt the warehouse storage and snapshots.',
  remediation: `\`\`\`hcl
encrypted  = true
kms_key_id = aws_kms_key.redshift.arn
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The cluster is not encrypted with a customer-managed KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted  = true
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_redshift_cluster" "r" {
  cluster_identifier = "dw"
  node_type          = "ra3.xlplus"
  encrypted = true
}`,
    ],
  },
});
