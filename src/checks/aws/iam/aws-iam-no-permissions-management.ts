import { defineRule } from '../../types';
import { PERMISSIONS_MANAGEMENT_ACTIONS } from '../../iam-actions';
import { IDENTITY_POLICY_TYPES, allowedOnAnyResource, identityPolicies } from './sources';

export default defineRule({
  id: 'aws-iam-no-permissions-management',
  title: 'IAM policy does not allow unconstrained permissions management',
  severity: 'high',
  aliases: ['CKV_AWS_289', 'CKV_AWS_109'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description: 'Changing policies, roles, users, grants or resource policies on every resource lets the holder rewrite who may do what.',
  remediation: `Limit the actions to named resources (or remove them):
\`\`\`hcl
statement {
  actions   = ["iam:PutRolePolicy"]
  resources = [aws_iam_policy.app.arn]
}
\`\`\``,
  check: (res) => {
    for (const p of identityPolicies(res)) {
      const hit = allowedOnAnyResource(p.statements, PERMISSIONS_MANAGEMENT_ACTIONS);
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
    actions   = ["iam:PutRolePolicy"]
    resources = ["arn:aws:iam::123456789012:policy/app"]
  }
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["iam:PutRolePolicy"]
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
