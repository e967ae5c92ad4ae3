import { defineRule } from '../../types';
import { blocks, bool, str } from '../../values';

/** Predefined classic ELB policies that still allow TLS 1.0/1.1 (or SSLv3). */
const WEAK_POLICIES = new Set([
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-2015-03',
  'ELBSecurityPolicy-2015-02',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-2014-10',
  'ELBSecurityPolicy-Default',
  'ELBSecurityPolicy-2014-01',
]);
const WEAK_PROTOCOLS = new Set(['Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1']);

export default defineRule({
  id: 'aws-elb-policy-secure-protocols',
  title: 'Classic Load Balancer TLS policy allows only TLS 1.2 or later',
  severity: 'high',
  aliases: ['CKV_AWS_213'],
  resourceTypes: ['aws_load_balancer_policy'],
  description:
    'An SSL negotiation policy that enables SSLv3, TLS 1.0 or TLS 1.1 (directly or through an older predefined ELBSecurityPolicy) lets clients negotiate protocols with known weaknesses.',
  remediation: `\`\`\`hcl
policy_attribute {
  name  = "Reference-Security-Policy"
  value = "ELBSecurityPolicy-TLS-1-2-2017-01"
}
\`\`\``,
  check: (res) => {
    const attrs = blocks(res.attributes.policy_attribute);
    if (attrs === undefined) return;
    for (const a of attrs) {
      const name = str(a.name);
      const value = a.value;
      if (name !== undefined && WEAK_PROTOCOLS.has(name) && bool(value) === true)
        return { attribute: 'policy_attribute', message: `The policy enables ${name}` };
      if (name === 'Reference-Security-Policy' && WEAK_POLICIES.has(str(value) ?? ''))
        return { attribute: 'policy_attribute', message: `${str(value)} allows TLS versions before 1.2` };
    }
  },
  examples: {
    good: [
      `resource "aws_load_balancer_policy" "p" {
  load_balancer_name = "web"
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}`,
    ],
    bad: [
      `resource "aws_load_balancer_policy" "p" {
  load_balancer_name = "web"
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "true"
  }
}`,
      `resource "aws_load_balancer_policy" "p" {
  load_balancer_name = "web"
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-2016-08"
  }
}`,
    ],
  },
});
