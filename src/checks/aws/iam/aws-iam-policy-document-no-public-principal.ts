import { hasPublicPrincipal, isNarrowedByCondition, statementsOfDocument } from '../../policy';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-policy-document-no-public-principal',
  title: 'Policy document does not grant permissions to any principal',
  severity: 'high',
  aliases: ['CKV_AWS_283'],
  resourceTypes: ['data.aws_iam_policy_document'],
  description:
    'A statement allowing principals "*" (or AWS "*") without a narrowing condition makes the resource it is attached to public.',
  remediation: `\`\`\`hcl
principals {
  type        = "AWS"
  identifiers = ["arn:aws:iam::123456789012:root"]
}
\`\`\``,
  check: (doc) => {
    for (const s of statementsOfDocument(doc) ?? []) {
      if (s.effect === 'Allow' && !isNarrowedByCondition(s) && hasPublicPrincipal(s) === true)
        return { attribute: 'statement', message: 'A statement grants permissions to any principal ("*")' };
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::site/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
  }
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::site/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}`,
    ],
  },
});
