import { defineRule } from '../../types';
import { blocks, bool, num, read } from '../../values';

const ONE_YEAR = 31_536_000;

export default defineRule({
  id: 'aws-cloudfront-hsts',
  title: 'CloudFront response headers policy enforces Strict-Transport-Security',
  severity: 'low',
  aliases: ['CKV_AWS_259'],
  resourceTypes: ['aws_cloudfront_response_headers_policy'],
  description:
    'Strict-Transport-Security tells browsers to use HTTPS only, which stops SSL-stripping on first visits from links. ' +
    'The policy should send it for at least a year, for subdomains, with preload, overriding the origin’s header.',
  remediation: `\`\`\`hcl
security_headers_config {
  strict_transport_security {
    access_control_max_age_sec = 31536000
    include_subdomains         = true
    preload                    = true
    override                   = true
  }
}
\`\`\``,
  check: (res) => {
    const shc = blocks(res.attributes.security_headers_config);
    if (shc === undefined) return;
    const sts = shc.length ? blocks(shc[0]!.strict_transport_security) : [];
    if (sts === undefined) return;
    if (sts.length === 0)
      return {
        attribute: shc.length ? 'security_headers_config' : undefined,
        message: 'The policy does not send Strict-Transport-Security',
      };
    const s = sts[0]!;
    const age = read(s, 'access_control_max_age_sec');
    const n = num(age);
    if (age === undefined) return;
    if (n === undefined || n < ONE_YEAR)
      return typeof age === 'symbol' || n !== undefined
        ? { attribute: 'security_headers_config', message: 'Strict-Transport-Security max-age is under one year' }
        : undefined;
    for (const k of ['include_subdomains', 'preload', 'override']) {
      const v = bool(read(s, k), false);
      if (v === false) return { attribute: 'security_headers_config', message: `Strict-Transport-Security does not set ${k} = true` };
    }
  },
  examples: {
    good: [
      `resource "aws_cloudfront_response_headers_policy" "p" {
  name = "security"
  security_headers_config {
    strict_transport_security {
      access_control_max_age_sec = 31536000
      include_subdomains         = true
      preload                    = true
      override                   = true
    }
  }
}`,
    ],
    bad: [
      `resource "aws_cloudfront_response_headers_policy" "p" {
  name = "security"
  security_headers_config {
    strict_transport_security {
      access_control_max_age_sec = 3600
      override                   = true
    }
  }
}`,
      `resource "aws_cloudfront_response_headers_policy" "p" {
  name = "cors"
  cors_config {
    access_control_allow_credentials = false
    origin_override                  = true
    access_control_allow_headers {
      items = ["*"]
    }
    access_control_allow_methods {
      items = ["GET"]
    }
    access_control_allow_origins {
      items = ["example.com"]
    }
  }
}`,
    ],
  },
});
