import { hasPublicPrincipal, isNarrowedByCondition, policyStatements } from '../../policy';
import { defineRule } from '../../types';

export default defineRule({
  id: 'aws-iam-role-trust-no-public-principal',
  title: 'IAM role cannot be assumed by any principal',
  severity: 'critical',
  aliases: ['CKV_AWS_60'],
  resourceTypes: ['aws_iam_role'],
  description:
    'A trust policy allowing sts:AssumeRole to Principal "*" (or AWS "*") without a narrowing condition lets any AWS account assume the role.',
  remediation: `Trust only the service or account that needs the role:
\`\`\`hcl
assume_role_policy = jsonencode({
  Version = "2012-10-17"
  Statement = [{
    Effect    = "Allow"
    Action    = "sts:AssumeRole"
    Principal = { Service = "ecs-tasks.amazonaws.com" }
  }]
})
\`\`\``,
  check: (res, ctx) => {
    const stmts = policyStatements(res, 'assume_role_policy', ctx);
    for (const s of stmts ?? []) {
      if (s.effect === 'Allow' && !isNarrowedByCondition(s) && hasPublicPrincipal(s) === true) {
        return { attribute: 'assume_role_policy', message: 'Any AWS principal can assume this role' };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "*" } }]
  })
}`,
    ],
  },
});
