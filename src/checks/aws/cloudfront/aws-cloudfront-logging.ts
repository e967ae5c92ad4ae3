import { expectAt, nonEmpty } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudfront-logging',
  title: 'CloudFront distribution has access logging',
  severity: 'low',
  aliases: ['CKV_AWS_86', 'AVD-AWS-0010'],
  legacyIds: ['aws-cloudfront-enable-logging'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description: 'Access logs record every viewer request for investigations and abuse detection.',
  remediation: `\`\`\`hcl
logging_config {
  bucket = aws_s3_bucket.cdn_logs.bucket_domain_name
  prefix = "cdn/"
}
\`\`\``,
  check: expectAt('logging_config', nonEmpty, 'The distribution has no access logging', 'fail'),
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  logging_config { bucket = "logs.s3.amazonaws.com" }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`,
    ],
  },
});
