import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sagemaker-notebook-cmk',
  title: 'SageMaker notebook instance storage uses a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_22'],
  resourceTypes: ['aws_sagemaker_notebook_instance'],
  description:
    'Without kms_key_id the notebook volume is encrypted with an AWS-managed key, which your key policy cannot restrict or audit separately.',
  remediation: `\`\`\`hcl
kms_key_id = aws_kms_key.sagemaker.arn
\`\`\``,
  check: expectAt('kms_key_id', nonEmpty, 'The notebook instance does not name a KMS key', 'fail'),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  kms_key_id    = "arn:aws:kms:us-east-1:123456789012:key/abc"
}`,
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`,
    ],
  },
});
