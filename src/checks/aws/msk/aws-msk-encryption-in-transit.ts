import { equals, expectAt } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-msk-encryption-in-transit',
  title: 'MSK cluster encrypts client traffic in transit',
  severity: 'high',
  aliases: ['CKV_AWS_81', 'AVD-AWS-0073'],
  legacyIds: ['aws-msk-enable-in-transit-encryption'],
  resourceTypes: ['aws_msk_cluster'],
  description: 'client_broker = "PLAINTEXT" or "TLS_PLAINTEXT" lets clients talk to the brokers without TLS.',
  remediation: `\`\`\`hcl
encryption_info {
  encryption_in_transit {
    client_broker = "TLS"
    in_cluster    = true
  }
}
\`\`\``,
  check: expectAt(
    'encryption_info.encryption_in_transit.client_broker',
    equals('TLS'),
    'Client traffic to the brokers may be unencrypted',
    'pass',
  ),
  examples: {
    good: [
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
}`,
    ],
    bad: [
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
  encryption_info {
    encryption_in_transit { client_broker = "TLS_PLAINTEXT" }
  }
}`,
    ],
  },
});
