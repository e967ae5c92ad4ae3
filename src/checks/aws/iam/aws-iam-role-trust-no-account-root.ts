import { isNarrowedByCondition, policyStatements } from '../../policy';
import { defineRule } from '../../types';

/** A whole account as principal: "123456789012" or "arn:aws:iam::123456789012:root". */
const ACCOUNT = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:root)$/;

export default defineRule({
  id: 'aws-iam-role-trust-no-account-root',
  title: 'IAM role trust policy names roles or users, not a whole account',
  severity: 'medium',
  aliases: ['CKV_AWS_61'],
  resourceTypes: ['aws_iam_role'],
  description:
    'Trusting an account (its id or ":root") lets every user and role in that account that has sts:AssumeRole permission assume the role. ' +
    'Name the roles that need it, or narrow the statement with a condition on aws:PrincipalArn.',
  remediation: `\`\`\`hcl
assume_role_policy = jsonencode({
  Version = "2012-10-17"
  Statement = [{
    Effect    = "Allow"
    Action    = "sts:AssumeRole"
    Principal = { AWS = "arn:aws:iam::123456789012:role/deployer" }
  }]
})
\`\`\``,
  check: (res, ctx) => {
    for (const s of policyStatements(res, 'assume_role_policy', ctx) ?? []) {
      if (s.effect !== 'Allow' || isNarrowedByCondition(s)) continue;
      const hit = s.principals?.find((p) => p.type.toLowerCase() === 'aws' && p.ids.some((id) => ACCOUNT.test(id.trim())));
      if (hit) {
        const id = hit.ids.find((i) => ACCOUNT.test(i.trim()))!;
        return {
          attribute: 'assume_role_policy',
          message: `The role can be assumed by any principal of account ${id.replace(/^arn:[^:]+:iam::(\d+):root$/, '$1')}`,
        };
      }
    }
  },
  examples: {
    good: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:role/deployer" } }]
  })
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}`,
    ],
    bad: [
      `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}`,
      `resource "aws_iam_role" "r" {
  assume_role_policy = <<JSON
{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": ["123456789012"]}}]}
JSON
}`,
    ],
  },
});
