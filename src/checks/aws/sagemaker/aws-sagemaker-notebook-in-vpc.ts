import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sagemaker-notebook-in-vpc',
  title: 'SageMaker notebook instance is launched into your VPC',
  severity: 'medium',
  aliases: ['CKV_AWS_306'],
  resourceTypes: ['aws_sagemaker_notebook_instance'],
  description:
    'Without subnet_id the notebook runs in a SageMaker-managed network, outside your security groups, flow logs and VPC endpoints.',
  remediation: `\`\`\`hcl
subnet_id       = aws_subnet.private.id
security_groups = [aws_security_group.notebook.id]
\`\`\``,
  check: expectAt('subnet_id', nonEmpty, 'The notebook instance is not in a subnet of your VPC', 'fail'),
  examples: {
    good: [
      `resource "aws_sagemaker_notebook_instance" "n" {
  name            = "nb"
  role_arn        = "arn:aws:iam::123456789012:role/sm"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123"
  security_groups = ["sg-0123"]
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
