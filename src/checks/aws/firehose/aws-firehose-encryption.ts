import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-firehose-encryption',
  title: 'Kinesis Data Firehose delivery streams encrypt data at rest',
  severity: 'medium',
  aliases: ['CKV_AWS_240'],
  resourceTypes: ['aws_kinesis_firehose_delivery_stream'],
  description:
    'Records buffered by a delivery stream are unencrypted unless server_side_encryption is enabled. Streams fed by a Kinesis data stream cannot use it (the source stream’s encryption applies) and are not judged.',
  remediation: `\`\`\`hcl
server_side_encryption {
  enabled  = true
  key_type = "CUSTOMER_MANAGED_CMK"
  key_arn  = aws_kms_key.firehose.arn
}
\`\`\``,
  check: (res) => {
    const source = blocks(res.attributes.kinesis_source_configuration);
    const sse = blocks(res.attributes.server_side_encryption);
    if (source === undefined || sse === undefined || source.length > 0) return;
    const enabled = sse.length ? bool(read(sse[0], 'enabled'), false) : false;
    if (enabled === false)
      return { attribute: sse.length ? 'server_side_encryption' : undefined, message: 'The delivery stream does not encrypt data at rest' };
  },
  examples: {
    good: [
      `resource "aws_kinesis_firehose_delivery_stream" "f" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled = true
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events"
  }
}`,
    ],
    bad: [
      `resource "aws_kinesis_firehose_delivery_stream" "f" {
  name        = "events"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events"
  }
}`,
    ],
  },
});
