import { defineRule } from '../../types';
import { IDENTITY_POLICY_TYPES, identityPolicies } from './sources';

export default defineRule({
  id: 'aws-iam-no-service-wildcard-actions',
  title: 'IAM policy does not allow every action of a service on every resource',
  severity: 'medium',
  aliases: ['AVD-AWS-0057'],
  legacyIds: ['aws-iam-no-policy-wildcards'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'Actions like "s3:*" on Resource "*" grant far more than an application needs, including deletes and policy changes.',
  remediation: `Name the actions and the resources:
\`\`\`hcl
statement {
  actions   = ["s3:GetObject", "s3:PutObject"]
  resources = ["\${aws_s3_bucket.data.arn}/*"]
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== 'Allow' || !s.resources?.includes('*')) continue;
        const wild = s.actions?.filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
        if (wild && wild.length > 0) return { attribute: p.attribute, message: `A statement allows ${wild.join(', ')} on every resource` };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::data/*"]
  }
}`,
      // A document naming principals that is a bucket policy, not an identity policy: another rule's concern.
      `data "aws_iam_policy_document" "d" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = "data"
  policy = data.aws_iam_policy_document.d.json
}`,
    ],
    bad: [
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = ["*"] }]
  })
}`,
      // The same document as a role's policy: IAM refuses its principals, but what it means to grant is plain.
      `data "aws_iam_policy_document" "d" {
  statement {
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
    actions   = ["s3:*"]
    resources = ["*"]
  }
}
resource "aws_iam_role_policy" "p" {
  role   = "app"
  policy = data.aws_iam_policy_document.d.json
}`,
    ],
  },
});
