import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-rds-cluster-cmk',
  title: 'RDS cluster is encrypted with a customer-managed KMS key',
  severity: 'low',
  // Trivy's AVD-AWS-0079 fails a cluster not encrypted (aws-rds-cluster-encryption) and one encrypted without a customer-managed key (this rule).
  aliases: ['CKV_AWS_327', 'AVD-AWS-0079'],
  resourceTypes: ['aws_rds_cluster'],
  description: 'A customer-managed key controls who can decrypt the cluster storage, snapshots and cross-account copies.',
  remediation: `\`\`\`hcl
storage_encrypted = true
kms_key_id        = aws_kms_key.rds.arn
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The cluster is not encrypted with a customer-managed KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-mysql"
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_rds_cluster" "c" {
  engine            = "aurora-mysql"
  storage_encrypted = true
}`,
    ],
  },
});
