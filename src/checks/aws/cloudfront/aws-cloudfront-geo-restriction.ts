import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-cloudfront-geo-restriction',
  title: 'CloudFront distribution restricts viewers by country',
  severity: 'low',
  aliases: ['CKV_AWS_374'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'A whitelist or blacklist of countries narrows who can reach the content (sanctions, licensing, regions you do not serve). A global audience is a valid reason to keep "none": suppress the finding with that reason.',
  remediation: `\`\`\`hcl
restrictions {
  geo_restriction {
    restriction_type = "whitelist"
    locations        = ["US", "CA", "GB", "DE"]
  }
}
\`\`\``,
  check: expectAt('restrictions.geo_restriction.restriction_type', notEquals('none'), 'The distribution serves every country', 'pass'),
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  restrictions {
    geo_restriction {
      restriction_type = "whitelist"
      locations        = ["US", "CA"]
    }
  }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
}`,
    ],
  },
});
