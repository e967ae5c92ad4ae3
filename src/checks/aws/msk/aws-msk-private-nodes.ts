import { expectAt, notEquals } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-msk-private-nodes',
  title: 'MSK brokers are not reachable from the internet',
  severity: 'high',
  aliases: ['CKV_AWS_291'],
  resourceTypes: ['aws_msk_cluster'],
  description:
    'public_access type = "SERVICE_PROVIDED_EIPS" gives every broker a public address; only authentication then stands between the internet and the topics.',
  remediation: `\`\`\`hcl
broker_node_group_info {
  connectivity_info {
    public_access {
      type = "DISABLED"
    }
  }
}
\`\`\``,
  check: expectAt(
    'broker_node_group_info.connectivity_info.public_access.type',
    notEquals('SERVICE_PROVIDED_EIPS'),
    'The brokers have public IP addresses (public_access type SERVICE_PROVIDED_EIPS)',
    'pass',
  ),
  examples: {
    good: [
      `resource "aws_msk_cluster" "m" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}`,
    ],
    bad: [
      `resource "aws_msk_cluster" "m" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS"
      }
    }
  }
}`,
    ],
  },
});
