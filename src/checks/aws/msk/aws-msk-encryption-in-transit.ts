import { allOf, equals, expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-msk-encryption-in-transit',
  title: 'MSK cluster encrypts client traffic in transit',
  severity: 'high',
  aliases: ['CKV_AWS_81', 'AVD-AWS-0073'],
  legacyIds: ['aws-msk-enable-in-transit-encryption'],
  resourceTypes: ['aws_msk_cluster'],
  description:
    'client_broker = "PLAINTEXT" or "TLS_PLAINTEXT" lets clients talk to the brokers without TLS; in_cluster = false sends broker-to-broker traffic in clear.',
  remediation: `\`\`\`hcl
encryption_info {
  encryption_in_transit {
    client_broker = "TLS"
    in_cluster    = true
  }
}
\`\`\``,
  check: allOf(
    expectAt(
      'encryption_info.encryption_in_transit.client_broker',
      equals('TLS'),
      'Client traffic to the brokers may be unencrypted',
      'pass',
    ),
    expectAt(
      'encryption_info.encryption_in_transit.in_cluster',
      isTrue,
      'Traffic between brokers is not encrypted (in_cluster = false)',
      'pass',
    ),
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
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS"
      in_cluster    = false
    }
  }
}`,
    ],
  },
});
