import { policyStatements } from '../../policy';
import { defineRule } from '../../types';
import { bucketLabel, bucketResources } from './bucket-settings';

export default defineRule({
  id: 'aws-s3-secure-transport',
  title: 'S3 bucket policy denies requests without TLS',
  severity: 'medium',
  aliases: ['CKV_AWS_379'],
  resourceTypes: ['aws_s3_bucket'],
  description:
    'S3 accepts plain HTTP requests unless the bucket policy denies them with the aws:SecureTransport condition. ' +
    'The bucket policy is read from aws_s3_bucket_policy (JSON, jsonencode or a policy document) or the legacy inline policy.',
  remediation: `\`\`\`hcl
data "aws_iam_policy_document" "tls_only" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}
\`\`\``,
  check: (bucket, ctx) => {
    const links = bucketResources(ctx, bucket, 'aws_s3_bucket_policy');
    const sources = [...links.found.map((p) => ({ res: p })), ...(bucket.attributes.policy !== undefined ? [{ res: bucket }] : [])];
    if (sources.length === 0) {
      if (links.uncertain) return;
      return { message: `S3 bucket ${bucketLabel(bucket)} has no policy denying requests without TLS` };
    }
    for (const { res } of sources) {
      const stmts = policyStatements(res, 'policy', ctx);
      if (!stmts) return;
      if (stmts.some((s) => s.effect === 'Deny' && s.conditionKeys.some((k) => k.endsWith(':aws:securetransport')))) return;
    }
    return {
      resource: links.found[0],
      attribute: links.found[0] ? 'policy' : undefined,
      message: `The policy of S3 bucket ${bucketLabel(bucket)} does not deny requests without TLS`,
    };
  },
  examples: {
    good: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}`,
    ],
    bad: [
      `resource "aws_s3_bucket" "b" { bucket = "data" }`,
      `resource "aws_s3_bucket" "b" { bucket = "data" }
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "s3:GetObject", Resource = "arn:aws:s3:::data/*" }]
  })
}`,
    ],
  },
});
