import { defineRule } from '../../types';
import { DATA_EXFILTRATION_ACTIONS } from '../../iam-actions';
import { IDENTITY_POLICY_TYPES, allowedOnAnyResource, identityPolicies } from './sources';

export default defineRule({
  id: 'aws-iam-no-data-exfiltration',
  title: 'IAM policy does not allow data exfiltration on every resource',
  severity: 'medium',
  aliases: ['CKV_AWS_288', 'CKV_AWS_108'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Reading every object, parameter or secret in the account (s3:GetObject, ssm:GetParameter*, secretsmanager:GetSecretValue, snapshot copies) should be limited to the resources the workload owns.',
  remediation: `Limit the actions to named resources (or remove them):
\`\`\`hcl
statement {
  actions   = ["secretsmanager:GetSecretValue"]
  resources = [aws_iam_policy.app.arn]
}
\`\`\``,
  check: (res) => {
    for (const p of identityPolicies(res)) {
      const hit = allowedOnAnyResource(p.statements, DATA_EXFILTRATION_ACTIONS);
      if (hit.length > 0)
        return {
          attribute: p.attribute,
          message: `The policy allows ${hit.slice(0, 5).join(', ')}${hit.length > 5 ? ', …' : ''} on every resource`,
        };
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["arn:aws:iam::123456789012:policy/app"]
  }
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]
  }
}`,
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["iam:*", "sts:*", "s3:*", "secretsmanager:*"], Resource = "*" }]
  })
}`,
    ],
  },
});
