import { defineRule } from '../../types';
import { isSet, read, str } from '../../values';

export default defineRule({
  id: 'aws-ecr-cmk',
  title: 'ECR repository encrypted with KMS uses a customer-managed key',
  severity: 'low',
  // Trivy's AVD-AWS-0033 fails both a repository without KMS (aws-ecr-kms-encryption) and one with the AWS-managed key (this rule).
  aliases: ['AVD-AWS-0033'],
  resourceTypes: ['aws_ecr_repository'],
  description:
    'encryption_type = "KMS" without kms_key uses the AWS-managed key aws/ecr, whose policy you cannot change: a customer-managed key ' +
    'controls who can decrypt image layers, and its use is logged under your key policy. (A repository without KMS at all is ' +
    'reported by aws-ecr-kms-encryption.)',
  remediation: `\`\`\`hcl
encryption_configuration {
  encryption_type = "KMS"
  kms_key         = aws_kms_key.ecr.arn
}
\`\`\``,
  check: (res) => {
    const type = read(res, 'encryption_configuration.encryption_type');
    if (str(type) !== 'KMS') return;
    if (isSet(read(res, 'encryption_configuration.kms_key')) === false)
      return {
        attribute: 'encryption_configuration',
        message: 'The repository is encrypted with the AWS-managed key aws/ecr, not a customer-managed KMS key',
      };
  },
  examples: {
    good: [
      `resource "aws_kms_key" "ecr" { enable_key_rotation = true }
resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}`,
      // No KMS at all: aws-ecr-kms-encryption's finding, not this rule's.
      `resource "aws_ecr_repository" "r" { name = "app" }`,
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration { encryption_type = "KMS" }
}`,
      `resource "aws_ecr_repository" "r" {
  name = "app"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = ""
  }
}`,
    ],
  },
});
