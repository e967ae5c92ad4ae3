import { defineRule } from '../../types';
import { IDENTITY_POLICY_TYPES, identityPolicies } from './sources';

/**
 * Services whose data-plane actions all accept resource ARNs: granting them on "*" is never
 * necessary. Verbs that AWS only allows on "*" (listing, describing, account-wide calls) are excluded.
 */
const RESTRICTABLE_SERVICES = new Set([
  's3',
  'dynamodb',
  'sqs',
  'sns',
  'secretsmanager',
  'kms',
  'lambda',
  'kinesis',
  'ssm',
  'ecr',
  'logs',
  'states',
  'events',
]);
const UNRESTRICTABLE = [
  // (S3's two Describe actions, DescribeJob and DescribeMultiRegionAccessPointOperation, take resource ARNs.)
  /^(?!s3:describe)[a-z0-9-]+:(list|describe)/i,
  /^s3:(ListAllMyBuckets|CreateBucket|GetAccessPoint|PutAccessPointPublicAccessBlock|GetAccountPublicAccessBlock|PutAccountPublicAccessBlock)$/i,
  /^kms:(CreateKey|GenerateRandom|ConnectCustomKeyStore|CreateCustomKeyStore|UpdateCustomKeyStore|DisconnectCustomKeyStore|DeleteCustomKeyStore)$/i,
  /^secretsmanager:GetRandomPassword$/i,
  /^ecr:GetAuthorizationToken$/i,
  /^lambda:(CreateEventSourceMapping|GetAccountSettings|CreateCodeSigningConfig)$/i,
  /^logs:(CreateLogDelivery|GetLogDelivery|UpdateLogDelivery|DeleteLogDelivery|PutResourcePolicy|DeleteResourcePolicy|StartQuery|StopQuery|GetQueryResults|TestMetricFilter|Link|Unmask)$/i,
  /^ssm:(GetInventorySchema|PutConfigurePackageResult|GetDeployablePatchSnapshotForInstance|CancelCommand|GetCommandInvocation)$/i,
  /^events:(PutPermission|RemovePermission|TestEventPattern)$/i,
  /^dynamodb:(DescribeLimits|DescribeReservedCapacity|DescribeReservedCapacityOfferings|PurchaseReservedCapacityOfferings)$/i,
  /^sns:(CreatePlatformApplication|CreatePlatformEndpoint|GetSMSAttributes|SetSMSAttributes|CheckIfPhoneNumberIsOptedOut|OptInPhoneNumber|GetSMSSandboxAccountStatus|CreateSMSSandboxPhoneNumber|DeleteSMSSandboxPhoneNumber|VerifySMSSandboxPhoneNumber)$/i,
];

function restrictable(action: string): boolean {
  const service = action.split(':')[0]!.toLowerCase();
  if (!RESTRICTABLE_SERVICES.has(service) || action.endsWith(':*')) return false;
  return !UNRESTRICTABLE.some((re) => re.test(action));
}

export default defineRule({
  id: 'aws-iam-no-wildcard-resource',
  title: 'IAM policy does not grant resource-scoped actions on every resource',
  severity: 'medium',
  aliases: ['CKV_AWS_355', 'CKV_AWS_356'],
  resourceTypes: [...IDENTITY_POLICY_TYPES],
  description:
    'Actions such as s3:GetObject, dynamodb:PutItem, sqs:SendMessage, kms:Decrypt or secretsmanager:GetSecretValue accept ' +
    'resource ARNs; granting them on "*" reaches every bucket, table, queue, key and secret of the account. (Full service ' +
    'wildcards like s3:* are reported by aws-iam-no-service-wildcard-actions.)',
  remediation: `\`\`\`hcl
statement {
  actions   = ["s3:GetObject"]
  resources = ["\${aws_s3_bucket.assets.arn}/*"]
}
\`\`\``,
  check: (res) => {
    for (const p of identityPolicies(res)) {
      for (const s of p.statements) {
        if (s.effect !== 'Allow' || !s.resources?.includes('*') || !s.actions) continue;
        // A condition (aws:SourceArn, aws:ResourceTag, …) narrows what "*" reaches, as in Checkov (cloudsplaining).
        if (s.hasCondition) continue;
        const scoped = s.actions.filter(restrictable);
        if (scoped.length > 0)
          return {
            attribute: p.attribute,
            message: `${scoped.slice(0, 4).join(', ')}${scoped.length > 4 ? ', …' : ''} allowed on every resource ("*")`,
          };
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
    actions   = ["s3:ListAllMyBuckets", "ecr:GetAuthorizationToken", "logs:DescribeLogGroups"]
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
    ],
  },
});
