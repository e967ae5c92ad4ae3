import { defineRule } from '../../types';
import { blocks, isSet, read } from '../../values';

export default defineRule({
  id: 'aws-cloudfront-response-headers-policy',
  title: 'CloudFront distribution attaches a response headers policy',
  severity: 'low',
  aliases: ['CKV2_AWS_32'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'A response headers policy adds security headers (Strict-Transport-Security, X-Content-Type-Options, X-Frame-Options, …) to every response, whatever the origin sends. ' +
    'At least one cache behavior should name one (AWS’s managed SecurityHeadersPolicy is a good start).',
  remediation: `\`\`\`hcl
data "aws_cloudfront_response_headers_policy" "security" {
  name = "Managed-SecurityHeadersPolicy"
}

default_cache_behavior {
  # …
  response_headers_policy_id = data.aws_cloudfront_response_headers_policy.security.id
}
\`\`\``,
  check: (res) => {
    let unknown = false;
    for (const attr of ['default_cache_behavior', 'ordered_cache_behavior']) {
      const list = blocks(res.attributes[attr]);
      if (list === undefined) {
        unknown = true;
        continue;
      }
      for (const b of list) {
        const set = isSet(read(b, 'response_headers_policy_id'));
        if (set !== false) return;
      }
    }
    if (!unknown) return { attribute: 'default_cache_behavior', message: 'No cache behavior attaches a response headers policy' };
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id           = "o"
    viewer_protocol_policy     = "redirect-to-https"
    response_headers_policy_id = "67f7725c-6f97-4210-82d7-5512b31e9d03"
  }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "redirect-to-https"
  }
}`,
    ],
  },
});
