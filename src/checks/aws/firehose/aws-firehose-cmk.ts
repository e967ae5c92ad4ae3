import { defineRule } from '../../types';
import { blocks, bool, isSet, read } from '../../values';

export default defineRule({
  id: 'aws-firehose-cmk',
  title: 'Kinesis Data Firehose delivery streams encrypt with a customer-managed KMS key',
  severity: 'low',
  aliases: ['CKV_AWS_241'],
  resourceTypes: ['aws_kinesis_firehose_delivery_stream'],
  description:
    'server_side_encryption with key_type = "AWS_OWNED_CMK" (the default) uses a key the account cannot audit nor restrict. Streams fed by a Kinesis data stream are not judged.',
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
    const msg = 'The delivery stream is not encrypted with a customer-managed KMS key';
    if (sse.length === 0) return { message: msg };
    const s = sse[0]!;
    const enabled = bool(read(s, 'enabled'), false);
    const type = read(s, 'key_type');
    const arn = isSet(read(s, 'key_arn'));
    if (enabled === undefined || type === undefined) return;
    if (enabled === false || type !== 'CUSTOMER_MANAGED_CMK' || arn === false) return { attribute: 'server_side_encryption', message: msg };
  },
  examples: {
    good: [
      `resource "aws_kinesis_firehose_delivery_stream" "f" {
  name        = "events"
  destination = "extended_s3"
  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
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
  server_side_encryption {
    enabled = true
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::events"
  }
}`,
    ],
  },
});
