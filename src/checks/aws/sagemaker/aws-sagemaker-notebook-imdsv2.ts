import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sagemaker-notebook-imdsv2',
  title: 'SageMaker notebook instance requires IMDSv2',
  severity: 'high',
  aliases: ['CKV_AWS_371'],
  resourceTypes: ['aws_sagemaker_notebook_instance'],
  description:
    'IMDSv1 answers plain GET requests, so a server-side request forgery in notebook code can read the instance role credentials. Minimum version "2" requires session tokens.',
  remediation: `\`\`\`hcl
instance_metadata_service_configuration {
  minimum_instance_metadata_service_version = "2"
}
\`\`\``,
  check: expectAt(
    'instance_metadata_service_configuration.minimum_instance_metadata_service_version',
    equals('2'),
    'The notebook instance allows IMDSv1',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}`,
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "1"
  }
}`,
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`,
    ],
  },
});
