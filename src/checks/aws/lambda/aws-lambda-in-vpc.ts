import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-lambda-in-vpc',
  title: 'Lambda function runs inside a VPC',
  severity: 'low',
  aliases: ['CKV_AWS_117'],
  resourceTypes: ['aws_lambda_function'],
  description: 'Functions in a VPC reach private resources without public endpoints, and their egress can be controlled.',
  remediation: `\`\`\`hcl
vpc_config {
  subnet_ids         = aws_subnet.private[*].id
  security_group_ids = [aws_security_group.fn.id]
}
\`\`\``,
  check: expectAt('vpc_config', nonEmpty, 'The function does not run inside a VPC', 'fail'),
  examples: {
    good: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
  vpc_config {
    subnet_ids         = ["subnet-1"]
    security_group_ids = ["sg-1"]
  }
}`,
    ],
    bad: [
      `resource "aws_lambda_function" "f" {
  function_name = "f"
}`,
    ],
  },
});
