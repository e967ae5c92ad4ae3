import { defineRule } from '../../types';
import { blocks } from '../../values';

export default defineRule({
  id: 'aws-elb-classic-https-listener',
  title: 'Classic Load Balancer listeners terminate TLS with a certificate',
  severity: 'high',
  aliases: ['CKV_AWS_127'],
  resourceTypes: ['aws_elb'],
  description:
    'A listener without ssl_certificate_id is plain HTTP or TCP: traffic from clients crosses the network unencrypted. Use an ACM certificate on every listener.',
  remediation: `\`\`\`hcl
listener {
  lb_port            = 443
  lb_protocol        = "https"
  instance_port      = 8080
  instance_protocol  = "http"
  ssl_certificate_id = aws_acm_certificate.site.arn
}
\`\`\``,
  check: (res) => {
    const listeners = blocks(res.attributes.listener);
    if (listeners === undefined) return;
    for (const l of listeners) {
      const cert = l.ssl_certificate_id;
      if (cert === undefined || cert === null || (typeof cert === 'string' && cert.trim() === ''))
        return { attribute: 'listener', message: `The listener on port ${String(l.lb_port ?? '?')} has no TLS certificate` };
    }
  },
  examples: {
    good: [
      `resource "aws_elb" "e" {
  name = "web"
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
  }
}`,
    ],
    bad: [
      `resource "aws_elb" "e" {
  name = "web"
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}`,
    ],
  },
});
