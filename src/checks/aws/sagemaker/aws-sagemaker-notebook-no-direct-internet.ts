import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sagemaker-notebook-no-direct-internet',
  title: 'SageMaker notebook instance has direct internet access disabled',
  severity: 'medium',
  aliases: ['CKV_AWS_122'],
  resourceTypes: ['aws_sagemaker_notebook_instance'],
  description:
    'With direct internet access the notebook reaches (and is reachable from) the internet outside your VPC controls. The provider default is "Enabled", so an unset value is reported too.',
  remediation: `\`\`\`hcl
subnet_id              = aws_subnet.private.id
security_groups        = [aws_security_group.notebook.id]
direct_internet_access = "Disabled"
\`\`\``,
  check: expectAt('direct_internet_access', equals('Disabled'), 'The notebook instance has direct internet access', 'fail'),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name                   = "nb"
  role_arn               = "arn:aws:iam::123456789012:role/sm"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0123"
  security_groups        = ["sg-0123"]
  direct_internet_access = "Disabled"
}`,
    ],
    bad: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name                   = "nb"
  role_arn               = "arn:aws:iam::123456789012:role/sm"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Enabled"
}`,
      `resource "aws_sagemaker_notebook_instance" "n" {
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}`,
    ],
  },
});
