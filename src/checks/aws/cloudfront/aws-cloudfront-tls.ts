import { defineRule } from '../../types';
import { blocks, bool, read, str } from '../../values';

export default defineRule({
  id: 'aws-cloudfront-tls',
  title: 'CloudFront distribution requires TLS 1.2 or later',
  severity: 'high',
  aliases: ['CKV_AWS_174', 'AVD-AWS-0013'],
  legacyIds: ['aws-cloudfront-use-secure-tls-policy'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'With a custom certificate, minimum_protocol_version should be TLSv1.2_2019 or newer; older values accept TLS 1.0/1.1. (The default CloudFront certificate cannot be configured and is not reported.)',
  remediation: `\`\`\`hcl
viewer_certificate {
  acm_certificate_arn      = aws_acm_certificate.site.arn
  ssl_support_method       = "sni-only"
  minimum_protocol_version = "TLSv1.2_2021"
}
\`\`\``,
  check: (res) => {
    for (const vc of blocks(res.attributes.viewer_certificate) ?? []) {
      if (bool(read(vc, 'cloudfront_default_certificate'), false) !== false) continue;
      const v = read(vc, 'minimum_protocol_version');
      if (v === undefined) continue;
      const s = str(v);
      if (s === undefined) return { attribute: 'viewer_certificate', message: 'minimum_protocol_version is not set: it defaults to TLSv1' };
      if (!/^TLSv1\.[23]/.test(s))
        return {
          attribute: 'viewer_certificate.minimum_protocol_version',
          message: `minimum_protocol_version ${s} accepts TLS versions older than 1.2`,
        };
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = "arn:cert"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate { cloudfront_default_certificate = true }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = "arn:cert"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1"
  }
}`,
    ],
  },
});
