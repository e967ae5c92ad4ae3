import { defineRule } from '../../types';
import { blocks, isSet, read } from '../../values';

export default defineRule({
  id: 'aws-cloudfront-custom-certificate',
  title: 'CloudFront distribution serves its own domain with its own certificate',
  severity: 'low',
  aliases: ['CKV2_AWS_42'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'With the default *.cloudfront.net certificate the distribution has no domain of its own and its minimum TLS version cannot be raised above TLSv1. ' +
    'Use an ACM certificate (in us-east-1) for your domain name.',
  remediation: `\`\`\`hcl
aliases = ["www.example.com"]
viewer_certificate {
  acm_certificate_arn      = aws_acm_certificate.www.arn
  ssl_support_method       = "sni-only"
  minimum_protocol_version = "TLSv1.2_2021"
}
\`\`\``,
  check: (res) => {
    const vc = blocks(res.attributes.viewer_certificate);
    if (vc === undefined) return;
    for (const c of vc) {
      const acm = isSet(read(c, 'acm_certificate_arn'));
      const iam = isSet(read(c, 'iam_certificate_id'));
      if (acm !== false || iam !== false) return;
    }
    return { attribute: vc.length ? 'viewer_certificate' : undefined, message: 'The distribution uses the default CloudFront certificate' };
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/1"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}`,
    ],
  },
});
