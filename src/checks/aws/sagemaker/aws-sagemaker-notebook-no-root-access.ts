import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sagemaker-notebook-no-root-access',
  title: 'SageMaker notebook instance users do not have root access',
  severity: 'medium',
  aliases: ['CKV_AWS_307'],
  resourceTypes: ['aws_sagemaker_notebook_instance'],
  description:
    'Root access lets every notebook user change the instance, install anything and read other users\' files. The provider default is "Enabled", so an unset value is reported too.',
  remediation: `\`\`\`hcl
root_access = "Disabled"
\`\`\``,
  check: expectAt('root_access', equals('Disabled'), 'Notebook users have root access', 'fail'),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  root_access   = "Disabled"
}`,
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`,
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  root_access   = "Enabled"
}`,
    ],
  },
});
