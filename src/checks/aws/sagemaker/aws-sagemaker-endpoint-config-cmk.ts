import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sagemaker-endpoint-config-cmk',
  title: 'SageMaker endpoint configuration encrypts its storage with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_98'],
  resourceTypes: ['aws_sagemaker_endpoint_configuration'],
  description:
    'kms_key_arn encrypts the ML storage volumes attached to the endpoint instances with a key whose policy you control; without it an AWS-managed key is used.',
  remediation: `\`\`\`hcl
kms_key_arn = aws_kms_key.sagemaker.arn
\`\`\``,
  check: expectAt('kms_key_arn', nonEmpty, 'The endpoint configuration does not name a KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_sagemaker_endpoint_configuration" "e" {
  name        = "ep"
  kms_key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
  production_variants {
    variant_name           = "v1"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.t2.medium"
  }
}`,
    ],
    bad: [
      `resource "aws_sagemaker_endpoint_configuration" "e" {
  name = "ep"
  production_variants {
    variant_name           = "v1"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.t2.medium"
  }
}`,
    ],
  },
});
