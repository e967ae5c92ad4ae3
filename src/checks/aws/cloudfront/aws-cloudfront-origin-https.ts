import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-cloudfront-origin-https',
  title: 'CloudFront connects to custom origins over HTTPS only',
  severity: 'medium',
  aliases: ['CKV2_AWS_72'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description: 'origin_protocol_policy "http-only" or "match-viewer" sends traffic between CloudFront and the origin unencrypted.',
  remediation: `\`\`\`hcl
custom_origin_config {
  http_port              = 80
  https_port             = 443
  origin_protocol_policy = "https-only"
  origin_ssl_protocols   = ["TLSv1.2"]
}
\`\`\``,
  check: (res) => {
    for (const o of blocks(res.attributes.origin) ?? []) {
      for (const c of blocks(o.custom_origin_config) ?? []) {
        const p = c.origin_protocol_policy;
        if (p === 'http-only' || p === 'match-viewer')
          return { attribute: 'origin', message: `An origin is reached with origin_protocol_policy "${p}"` };
      }
    }
  },
  examples: {
    good: [
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
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
}`,
    ],
  },
});
