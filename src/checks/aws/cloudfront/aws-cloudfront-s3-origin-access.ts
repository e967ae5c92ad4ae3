import { defineRule } from '../../types';
import { blocks, isSet, read, str } from '../../values';

/** S3 REST endpoints (bucket.s3.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com, …); website endpoints cannot use origin access. */
const S3_REST = /\.s3([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;
const S3_WEBSITE = /\.s3-website[.-]/;

export default defineRule({
  id: 'aws-cloudfront-s3-origin-access',
  title: 'CloudFront reaches S3 origins through origin access control',
  severity: 'medium',
  aliases: ['CKV2_AWS_46'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'An S3 bucket served by CloudFront without origin access control (origin_access_control_id, or the legacy s3_origin_config identity) must be publicly readable, so anyone can bypass the distribution (its WAF, signed URLs, logging) and read the bucket directly. ' +
    'An origin counts as S3 when its domain name is an S3 REST endpoint, or, when domain names cannot be known, when the distribution refers to an aws_s3_bucket and no log bucket named by reference could explain it.',
  remediation: `\`\`\`hcl
resource "aws_cloudfront_origin_access_control" "site" {
  name                              = "site"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

origin {
  domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
  origin_id                = "site"
  origin_access_control_id = aws_cloudfront_origin_access_control.site.id
}
\`\`\``,
  check: (res) => {
    const origins = blocks(res.attributes.origin);
    if (origins === undefined) return;
    let s3 = false;
    for (const o of origins) {
      const oac = isSet(read(o, 'origin_access_control_id'));
      const oai = blocks(o.s3_origin_config);
      if (oac !== false || oai === undefined || oai.length > 0) return;
      const domain = read(o, 'domain_name');
      const d = str(domain);
      if (d !== undefined && S3_REST.test(d) && !S3_WEBSITE.test(d)) s3 = true;
    }
    if (!s3) {
      // A log bucket named by reference could be the aws_s3_bucket referred to.
      const logging = blocks(res.attributes.logging_config);
      if (logging === undefined || logging.some((l) => typeof read(l, 'bucket') !== 'string')) return;
      s3 = res.references.some((r) => /(^|\.)aws_s3_bucket\.[^.]+$/.test(r));
    }
    if (s3) return { attribute: 'origin', message: 'An S3 origin is reached without origin access control: the bucket must be public' };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "site" {
  bucket = "site"
}
resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name              = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id                = "site"
    origin_access_control_id = "E2QWRUHAPOMQZL"
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "site" {
  bucket = "site"
}
resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id   = "site"
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "site.s3.eu-west-1.amazonaws.com"
    origin_id   = "site"
  }
}`,
    ],
  },
});
