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
  check: (res, ctx) => {
    // Standard logging v2: a CloudWatch log delivery source of ACCESS_LOGS naming the distribution,
    // delivered somewhere (a source without an aws_cloudwatch_log_delivery logs nothing).
    const v2 = ctx.linked(res, 'aws_cloudwatch_log_delivery_source', 'resource_arn');
    const delivered = v2.found.filter(
      (s) =>
        s.attributes.log_type === 'ACCESS_LOGS' &&
        ctx.linked(s, 'aws_cloudwatch_log_delivery', 'delivery_source_name', ['name']).found.length > 0,
    );
    if (delivered.length > 0) return;
    return expectAt('logging_config', nonEmpty, 'The distribution has no access logging', 'fail')(res, ctx);
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  logging_config { bucket = "logs.s3.amazonaws.com" }
}`,
      `resource "aws_cloudfront_distribution" "d" { enabled = true }
resource "aws_cloudwatch_log_delivery_source" "d" {
  name         = "cdn-access"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.d.arn
}
resource "aws_cloudwatch_log_delivery_destination" "d" {
  name = "cdn-access-logs"
  delivery_destination_configuration { destination_resource_arn = "arn:aws:logs:us-east-1:123456789012:log-group:cdn" }
}
resource "aws_cloudwatch_log_delivery" "d" {
  delivery_source_name     = aws_cloudwatch_log_delivery_source.d.name
  delivery_destination_arn = aws_cloudwatch_log_delivery_destination.d.arn
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
}`,
    ],
  },
});
