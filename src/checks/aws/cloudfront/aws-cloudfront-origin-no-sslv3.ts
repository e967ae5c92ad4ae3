import { defineRule } from '../../types';
import { blocks, read, strings } from '../../values';

export default defineRule({
  id: 'aws-cloudfront-origin-no-sslv3',
  title: 'CloudFront does not speak SSLv3 to custom origins',
  severity: 'medium',
  aliases: ['CKV2_AWS_54'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'origin_ssl_protocols lists what CloudFront may negotiate with a custom origin; SSLv3 is broken (POODLE) and lets a network attacker read the traffic between CloudFront and the origin.',
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
        if (strings(read(c, 'origin_ssl_protocols'))?.includes('SSLv3'))
          return { attribute: 'origin', message: 'A custom origin allows SSLv3 (origin_ssl_protocols contains "SSLv3")' };
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
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["SSLv3", "TLSv1.2"]
    }
  }
}`,
    ],
  },
});
