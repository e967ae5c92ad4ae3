import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-cloudfront-origin-failover',
  title: 'CloudFront distribution has an origin group for failover',
  severity: 'low',
  aliases: ['CKV_AWS_310'],
  resourceTypes: ['aws_cloudfront_distribution'],
  description:
    'An origin group with a primary and a secondary origin lets CloudFront retry on the secondary when the primary answers with the listed error codes, instead of serving errors.',
  remediation: `\`\`\`hcl
origin_group {
  origin_id = "failover"
  failover_criteria {
    status_codes = [500, 502, 503, 504]
  }
  member { origin_id = "primary" }
  member { origin_id = "secondary" }
}
\`\`\``,
  check: (res) => {
    const groups = blocks(res.attributes.origin_group);
    if (groups === undefined) return;
    if (groups.length === 0) return { message: 'The distribution has no origin group: no failover when its origin fails' };
    for (const g of groups) {
      const criteria = blocks(g.failover_criteria);
      const members = blocks(g.member);
      if (criteria === undefined || members === undefined) return;
      const codes = criteria.flatMap((c) => (Array.isArray(c.status_codes) ? c.status_codes : []));
      if (criteria.length === 0 || codes.length === 0 || members.length < 2) {
        return { attribute: 'origin_group', message: 'The origin group lacks failover criteria or a second member: it cannot fail over' };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "a.example.com"
    origin_id   = "primary"
  }
  origin {
    domain_name = "b.example.com"
    origin_id   = "secondary"
  }
  origin_group {
    origin_id = "failover"
    failover_criteria {
      status_codes = [500, 502, 503, 504]
    }
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "secondary"
    }
  }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin_group {
    origin_id = "failover"
    member {
      origin_id = "primary"
    }
    member {
      origin_id = "secondary"
    }
  }
}`,
      `resource "aws_cloudfront_distribution" "d" {
  enabled = true
  origin {
    domain_name = "a.example.com"
    origin_id   = "primary"
  }
}`,
    ],
  },
});
