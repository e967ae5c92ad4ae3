import { expectAt, isTrue, when } from '../../dsl';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-mq-audit-logging',
  title: 'Amazon MQ ActiveMQ brokers send audit logs to CloudWatch Logs',
  severity: 'medium',
  aliases: ['CKV_AWS_197', 'AVD-AWS-0070'],
  resourceTypes: ['aws_mq_broker'],
  description:
    'Audit logs record management actions taken through JMX and the ActiveMQ web console. RabbitMQ brokers have no audit log and are not judged.',
  remediation: `\`\`\`hcl
logs {
  general = true
  audit   = true # ActiveMQ only
}
\`\`\``,
  check: when(
    (r) => typeof r.attributes.engine_type === 'string' && r.attributes.engine_type.toLowerCase() !== 'rabbitmq',
    expectAt('logs.audit', isTrue, 'The broker does not send audit logs to CloudWatch Logs (logs.audit is not true)', 'fail'),
  ),
  examples: {
    good: [
      `resource "aws_mq_broker" "b" {
  broker_name        = "rabbit"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  user {
    username = "admin"
    password = "change-me-1234"
  }
  logs {
    general = true
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
    audit = false
  }
}`,
    ],
  },
});
