import { hasPublicPrincipal, isNarrowedByCondition, policyStatements } from '../../policy';
import { defineRule } from '../../types';
import { ACCOUNT_PRINCIPAL, ANY_PRINCIPAL, policyResourceExample, type ExampleStatement } from '../shared/resource-policy-public';

const example = (statement: ExampleStatement) =>
  policyResourceExample('aws_s3_bucket_policy', { bucket: '"data"' }, { Resource: '"arn:aws:s3:::data/*"', ...statement });

export default defineRule({
  id: 'aws-s3-policy-no-public-principal',
  title: 'S3 bucket policy does not allow actions to any principal',
  severity: 'high',
  aliases: ['CKV_AWS_70'],
  resourceTypes: ['aws_s3_bucket_policy', 'aws_s3_bucket'],
  description:
    'An Allow statement with Principal "*" and no condition narrowing it to an account, organisation, VPC endpoint or ' +
    'source makes the bucket readable or writable by anyone on the internet.',
  remediation: `Name the principals that need access, or narrow the statement with a condition:
\`\`\`hcl
statement {
  actions   = ["s3:GetObject"]
  resources = ["\${aws_s3_bucket.site.arn}/*"]
  principals {
    type        = "Service"
    identifiers = ["cloudfront.amazonaws.com"]
  }
  condition {
    test     = "StringEquals"
    variable = "AWS:SourceArn"
    values   = [aws_cloudfront_distribution.site.arn]
  }
}
\`\`\``,
  check: (res, ctx) => {
    const stmts = policyStatements(res, 'policy', ctx);
    if (!stmts) return;
    for (const s of stmts) {
      if (s.effect !== 'Allow' || isNarrowedByCondition(s)) continue;
      if (hasPublicPrincipal(s) === true)
        return {
          attribute: 'policy',
          message: `The bucket policy allows ${(s.actions ?? []).join(', ') || 'actions'} to any principal ("*")`,
        };
    }
  },
  examples: {
    good: [
      example({ Principal: ACCOUNT_PRINCIPAL, Action: '"s3:GetObject"' }),
      example({
        Effect: '"Deny"',
        Principal: ANY_PRINCIPAL,
        Action: '"s3:*"',
        Condition: '{ Bool = { "aws:SecureTransport" = "false" } }',
      }),
    ],
    bad: [
      example({ Principal: ANY_PRINCIPAL, Action: '"s3:GetObject"' }),
      `data "aws_iam_policy_document" "public" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::data/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}
resource "aws_s3_bucket_policy" "p" {
  bucket = "data"
  policy = data.aws_iam_policy_document.public.json
}`,
    ],
  },
});
