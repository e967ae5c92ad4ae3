import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-ecr-scan-on-push',
  title: 'ECR repository scans images on push',
  severity: 'medium',
  aliases: ['CKV_AWS_163', 'AVD-AWS-0030'],
  legacyIds: ['aws-ecr-enable-image-scans'],
  resourceTypes: ['aws_ecr_repository'],
  description: 'Scanning on push reports known vulnerabilities in every image as it is published.',
  remediation: `\`\`\`hcl
image_scanning_configuration {
  scan_on_push = true
}
\`\`\``,
  check: expectAt('image_scanning_configuration.scan_on_push', isTrue, 'Images are not scanned on push', 'fail'),
  examples: {
    good: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
  image_scanning_configuration { scan_on_push = true }
}`,
    ],
    bad: [
      `resource "aws_ecr_repository" "r" {
  name = "app"
}`,
    ],
  },
});
