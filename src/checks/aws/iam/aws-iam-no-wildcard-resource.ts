import { defineRule } from '../../types';
import { actionGlob } from '../../policy';
import { IDENTITY_POLICY_TYPES, identityPolicies } from './sources';
import SCOPED from './scoped-actions.generated.json';

/**
 * The actions of each judged service that accept a resource ARN (the AWS Service Authorization Reference, via
 * scripts/gen-iam-scoped-actions.mjs): granting one of them on "*" is never necessary. Actions with no resource
 * type (listing most things, account-wide calls) can only be granted on "*" and are not reported.
 */
const SCOPED_ACTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(SCOPED.services).map(([service, actions]) => [service, actions.map((a) => a.toLowerCase())]),
);

/** The scoped actions an action pattern grants (IAM wildcards * and ?, case-insensitive). */
function scopedMatches(action: string): string[] {
  const [service, name] = action.toLowerCase().split(':', 2) as [string, string | undefined];
  const scoped = SCOPED_ACTIONS.get(service);
  if (!scoped || name === undefined || name === '*') return [];
  if (!/[*?]/.test(name)) return scoped.includes(name) ? [name] : [];
  const re = actionGlob(name);
  return scoped.filter((a) => re.test(a));
}

/** Does the action (or pattern) grant an action that accepts a resource ARN? Service wildcards (s3:*) are another rule's. */
const restrictable = (action: string): boolean => scopedMatches(action).length > 0;

export default defineRule({
  id: 'aws-iam-no-wildcard-resource',
  title: 'IAM policy does not grant resource-scoped actions on every resource',
  severity: 'medium',
  aliases: ['CKV_AWS_355', 'CKV_AWS_356'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Actions such as s3:GetObject, dynamodb:PutItem, sqs:SendMessage, kms:Decrypt or secretsmanager:GetSecretValue accept ' +
    'resource ARNs; granting them on "*" reaches every bucket, table, queue, key and secret of the account. (Full service ' +
    'wildcards like s3:* are reported by aws-iam-no-service-wildcard-actions.) A pattern such as ec2:Describe* is reported when ' +
    'it grants one such action (ec2:DescribeInstanceAttribute takes an instance ARN); actions that accept no resource ARN ' +
    '(ec2:DescribeInstances, s3:ListAllMyBuckets) can only be granted on "*" and are not. Services judged: ' +
    `${Object.keys(SCOPED.services).join(', ')}.`,
  remediation: `\`\`\`hcl
statement {
  actions   = ["s3:GetObject"]
  resources = ["\${aws_s3_bucket.assets.arn}/*"]
}
\`\`\``,
  check: (res, ctx) => {
    for (const p of identityPolicies(res, ctx)) {
      for (const s of p.statements) {
        if (s.effect !== 'Allow' || !s.resources?.includes('*') || !s.actions) continue;
        // A condition (aws:SourceArn, aws:ResourceTag, …) narrows what "*" reaches, as in Checkov (cloudsplaining).
        if (s.hasCondition) continue;
        const scoped = s.actions.filter(restrictable);
        if (scoped.length > 0) {
          // A pattern names one of the resource-scoped actions it grants (ec2:Describe* → ec2:describeinstanceattribute).
          const shown = scoped.slice(0, 4).map((a) => (/[*?]/.test(a) ? `${a} (${a.split(':')[0]}:${scopedMatches(a)[0]}, …)` : a));
          return {
            attribute: p.attribute,
            message: `${shown.join(', ')}${scoped.length > 4 ? ', …' : ''} allowed on every resource ("*")`,
          };
        }
      }
    }
  },
  examples: {
    good: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::assets/*"]
  }
  statement {
    actions   = ["s3:ListAllMyBuckets", "ecr:GetAuthorizationToken", "logs:DescribeLogGroups", "ec2:DescribeInstances"]
    resources = ["*"]
  }
}`,
      // Every action the pattern grants takes no resource ARN.
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["ec2:DescribeRegion?", "ec2:DescribeAvailabilityZones"]
    resources = ["*"]
  }
}`,
    ],
    bad: [
      `data "aws_iam_policy_document" "d" {
  statement {
    actions   = ["dynamodb:PutItem", "dynamodb:GetItem"]
    resources = ["*"]
  }
}`,
      `resource "aws_iam_role_policy" "p" {
  role = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["secretsmanager:GetSecretValue"], Resource = "*" }]
  })
}`,
      // ec2:Describe* includes Describe actions that take resource ARNs (DescribeInstanceAttribute, DescribeSnapshotAttribute …).
      `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ec2:Describe*", Resource = "*" }]
  })
}`,
    ],
  },
});
