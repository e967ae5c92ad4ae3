import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-sagemaker-model-network-isolation',
  title: 'SageMaker model runs with network isolation',
  severity: 'medium',
  aliases: ['CKV_AWS_370'],
  resourceTypes: ['aws_sagemaker_model'],
  description:
    'With network isolation the model container makes no outbound network calls, so third-party model code cannot send data out. Off by default.',
  remediation: `\`\`\`hcl
enable_network_isolation = true
\`\`\``,
  check: expectAt('enable_network_isolation', isTrue, 'The model container is not network-isolated', 'fail'),
  examples: {
    good: [
      `resource "aws_sagemaker_model" "m" {
  name                     = "model"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sm"
  enable_network_isolation = true
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1"
  }
}`,
    ],
    bad: [
      `resource "aws_sagemaker_model" "m" {
  name               = "model"
  execution_role_arn = "arn:aws:iam::123456789012:role/sm"
  primary_container {
    image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/model:1"
  }
}`,
    ],
  },
});
