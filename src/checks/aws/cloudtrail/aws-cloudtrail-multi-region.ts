import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudtrail-multi-region',
  title: 'CloudTrail trail covers all regions',
  severity: 'medium',
  aliases: ['CKV_AWS_67', 'AVD-AWS-0014'],
  legacyIds: ['aws-cloudtrail-enable-all-regions'],
  resourceTypes: ['aws_cloudtrail'],
  description: 'A single-region trail misses activity in every other region, where an attacker would prefer to work.',
  remediation: `\`\`\`hcl
is_multi_region_trail = true
\`\`\``,
  check: expectAt('is_multi_region_trail', isTrue, 'The trail only records one region', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudtrail" "t" {
  name                  = "main"
  s3_bucket_name        = "trail"
  is_multi_region_trail = true
}`,
    ],
    bad: [
      `resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail"
}`,
    ],
  },
});
