import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecr-kms-encryption',
  title: 'ECR repository is encrypted with KMS',
  severity: 'low',
  aliases: ['CKV_AWS_136', 'AVD-AWS-0033'],
  legacyIds: ['aws-ecr-repository-customer-key'],
  resourceTypes: ['aws_ecr_repository'],
  description: 'Repositories use AES256 by default; KMS encryption with your key controls who can pull image layers and logs each use.',
  remediation: `\`\`\`hcl
encryption_configuration {
  encryption_type = "KMS"
  kms_key         = aws_kms_key.ecr.arn
}
\`\`\``,
  check: expectAt('encryption_configuration.encryption_type', equals('KMS'), 'The repository is not encrypted with KMS', 'fail'),
  examples: {
    good: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration { encryption_type = "KMS" }
}`,
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
}`,
    ],
  },
});
