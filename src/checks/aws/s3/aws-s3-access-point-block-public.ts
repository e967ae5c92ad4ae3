import { defineRule } from '../../types';
import { blocks, bool, read } from '../../values';

export default defineRule({
  id: 'aws-s3-access-point-block-public',
  title: 'S3 access points keep Block Public Access on',
  severity: 'high',
  aliases: ['CKV_AWS_392'],
  resourceTypes: ['aws_s3_access_point'],
  description:
    'An access point’s public_access_block_configuration defaults to blocking everything. Turning off block_public_acls, block_public_policy and restrict_public_buckets lets its policy make data public.',
  remediation: `\`\`\`hcl
public_access_block_configuration {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
\`\`\``,
  check: (res) => {
    for (const c of blocks(res.attributes.public_access_block_configuration) ?? []) {
      const off = ['block_public_acls', 'block_public_policy', 'restrict_public_buckets'].map((k) => bool(read(c, k), true));
      if (off.every((v) => v === false))
        return { attribute: 'public_access_block_configuration', message: 'Block Public Access is turned off for the access point' };
    }
  },
  examples: {
    good: [
      `resource "aws_s3_access_point" "a" {
  bucket = "data"
  name   = "reports"
}`,
    ],
    bad: [
      `resource "aws_s3_access_point" "a" {
  bucket = "data"
  name   = "reports"
  public_access_block_configuration {
    block_public_acls       = false
    block_public_policy     = false
    ignore_public_acls      = false
    restrict_public_buckets = false
  }
}`,
    ],
  },
});
