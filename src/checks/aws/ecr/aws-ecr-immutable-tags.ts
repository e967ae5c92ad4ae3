import { expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecr-immutable-tags',
  title: 'ECR repository image tags are immutable',
  severity: 'medium',
  aliases: ['CKV_AWS_51', 'AVD-AWS-0031'],
  legacyIds: ['aws-ecr-enforce-immutable-repository'],
  resourceTypes: ['aws_ecr_repository'],
  description: 'Mutable tags let anyone with push rights replace the image behind a tag that is already deployed.',
  remediation: `\`\`\`hcl
image_tag_mutability = "IMMUTABLE"
\`\`\``,
  check: expectAt(
    'image_tag_mutability',
    (v) => (typeof v === 'string' ? v.startsWith('IMMUTABLE') : undefined),
    'Image tags are mutable',
    'fail',
  ),
  examples: {
    good: [
      `resource "aws_ecr_repository" "r" {
  name                 = "app"
  image_tag_mutability = "IMMUTABLE"
}`,
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
}`,
    ],
  },
});
