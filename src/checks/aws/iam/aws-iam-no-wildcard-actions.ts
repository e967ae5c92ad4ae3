import { defineRule } from '../../types';
import { IDENTITY_POLICY_TYPES, identityPolicies } from './sources';

export default defineRule({
  id: 'aws-iam-no-wildcard-actions',
  title: 'IAM policy does not allow "*" as an action',
  severity: 'high',
  aliases: ['CKV_AWS_63', 'CKV_AWS_49', 'AVD-AWS-0057'],
  legacyIds: ['aws-iam-no-policy-wildcards'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'Action "*" allows every current and future API call of every service on the statement\'s resources.',
  remediation: `List the actions explicitly:
\`\`\`hcl
actions = ["sqs:SendMessage", "sqs:ReceiveMessage", "sqs:DeleteMessage"]
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect === 'Allow' && s.actions?.some((a) => a === '*' || a === '*:*'))
          return { attribute: p.attribute, message: 'A statement allows every action ("*")' };
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["*"]
    resources = ["arn:aws:s3:::data"]
  }
}`,
    ],
  },
});
