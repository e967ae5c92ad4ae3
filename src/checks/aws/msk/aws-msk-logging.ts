import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-msk-logging',
  title: 'MSK cluster sends broker logs somewhere',
  severity: 'medium',
  aliases: ['CKV_AWS_80', 'AVD-AWS-0074'],
  legacyIds: ['aws-msk-enable-logging'],
  resourceTypes: ['aws_msk_cluster'],
  description: 'Broker logs (to CloudWatch Logs, Firehose or S3) record connection failures and authorization errors.',
  remediation: `\`\`\`hcl
logging_info {
  broker_logs {
    cloudwatch_logs {
      enabled   = true
      log_group = aws_cloudwatch_log_group.msk.name
    }
  }
}
\`\`\``,
  check: (res) => {
    const info = blocks(res.attributes.logging_info);
    if (!info) return;
    for (const li of info) {
      for (const bl of blocks(li.broker_logs) ?? []) {
        for (const dest of ['cloudwatch_logs', 's3', 'firehose']) {
          for (const d of blocks(bl[dest]) ?? []) {
            const on = bool(read(d, 'enabled'), false);
            if (on !== false) return;
          }
        }
      }
    }
    return { attribute: info.length ? 'logging_info' : undefined, message: 'Broker logs are not sent anywhere' };
  },
  examples: {
    good: [
      `resource "aws_msk_cluster" "k" {
  cluster_name = "events"
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "msk"
      }
    }
  }
}`,
    ],
    bad: [`resource "aws_msk_cluster" "k" { cluster_name = "events" }`],
  },
});
