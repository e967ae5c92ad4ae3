import { expectAt, isTrue } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-mq-general-logging',
  title: 'Amazon MQ brokers send general logs to CloudWatch Logs',
  severity: 'medium',
  aliases: ['CKV_AWS_48', 'AVD-AWS-0071'],
  resourceTypes: ['aws_mq_broker'],
  description:
    'General logs record broker activity (connections, errors, configuration changes); without them a broker problem or intrusion leaves no trace.',
  remediation: `\`\`\`hcl
logs {
  general = true
  audit   = true # ActiveMQ only
}
\`\`\``,
  check: expectAt('logs.general', isTrue, 'The broker does not send general logs to CloudWatch Logs (logs.general is not true)', 'fail'),
  examples: {
    good: [
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    general = true
    audit   = true
  }
}`,
    ],
    bad: [
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
}`,
      `resource "aws_mq_broker" "b" {
  broker_name        = "queue"
  engine_type        = "ActiveMQ"
  engine_version     = "5.17.6"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    general = false
  }
}`,
    ],
  },
});
