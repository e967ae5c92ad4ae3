import { defineRule } from '../../types';
import type { Issue } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-cloudfront-https',
  title: 'CloudFront distribution requires HTTPS for viewers',
  severity: 'high',
  aliases: ['CKV_AWS_34', 'AVD-AWS-0012'],
  legacyIds: ['aws-cloudfront-enforce-https'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description: 'viewer_protocol_policy = "allow-all" serves content and cookies over plain HTTP.',
  remediation: `\`\`\`hcl
default_cache_behavior {
  viewer_protocol_policy = "redirect-to-https"
}
\`\`\``,
  check: (res) => {
    const out: Issue[] = [];
    for (const attr of ['default_cache_behavior', 'ordered_cache_behavior']) {
      for (const b of blocks(res.attributes[attr]) ?? []) {
        if (b.viewer_protocol_policy === 'allow-all')
          out.push({ attribute: `${attr}.viewer_protocol_policy`, message: `A cache behavior (${attr}) allows plain HTTP viewers` });
      }
    }
    return out.slice(0, 1);
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "redirect-to-https"
  }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "o"
    viewer_protocol_policy = "allow-all"
  }
}`,
    ],
  },
});
