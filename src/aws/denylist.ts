// Reads that AWS classes as List or Read but that return secrets or customer data: refused before
// any request is built. Keyed by IAM action; `when` narrows a rule to some parameters.
export interface DenyRule {
  /** `prefix:Action`; a trailing `*` matches any suffix. */
  action: string;
  reason: string;
  when?: (params: Record<string, unknown>) => boolean;
}

const data = 'returns stored data, not configuration';
const secret = 'returns a secret or a credential';

export const DENY_RULES: readonly DenyRule[] = [
  { action: 'secretsmanager:GetSecretValue', reason: secret },
  { action: 'secretsmanager:BatchGetSecretValue', reason: secret },
  { action: 'ssm:GetParameter*', reason: 'decrypts a SecureString parameter', when: (p) => p.WithDecryption === true },
  { action: 'kms:Decrypt', reason: secret },
  { action: 'kms:GenerateDataKey*', reason: secret },
  { action: 'ec2:GetPasswordData', reason: secret },
  { action: 'ec2:GetConsoleOutput', reason: 'console output often holds bootstrap secrets' },
  { action: 'ec2:GetConsoleScreenshot', reason: 'console output often holds bootstrap secrets' },
  {
    action: 'ec2:DescribeInstanceAttribute',
    reason: 'user data often holds bootstrap secrets',
    when: (p) => String(p.Attribute ?? '').toLowerCase() === 'userdata',
  },
  { action: 'ecr:GetAuthorizationToken', reason: secret },
  { action: 'sts:GetSessionToken', reason: secret },
  { action: 'sts:GetFederationToken', reason: secret },
  { action: 'sts:GetServiceBearerToken', reason: secret },
  { action: 's3:GetObject*', reason: data },
  { action: 'dynamodb:GetItem', reason: data },
  { action: 'dynamodb:BatchGetItem', reason: data },
  { action: 'dynamodb:Query', reason: data },
  { action: 'dynamodb:Scan', reason: data },
  { action: 'dynamodb:PartiQLSelect', reason: data },
  { action: 'dynamodb:GetRecords', reason: data },
  { action: 'dynamodb:ConditionCheckItem', reason: data },
  { action: 'dynamodb:ReadDataForReplication', reason: data },
  { action: 'dynamodb:SearchVectors', reason: data },
  { action: 'sqs:ReceiveMessage', reason: 'reads (and hides) queue messages' },
  { action: 'rds:DownloadDBLogFilePortion', reason: data },
  { action: 'rds:DownloadCompleteDBLogFile', reason: data },
  { action: 'logs:Unmask', reason: 'reveals values masked by a data protection policy' },
  { action: 'logs:StartLiveTail', reason: 'opens a stream, not a bounded read' },
  { action: 'lambda:InvokeFunction', reason: 'runs code' },
];

export function deniedBy(iamAction: string, params: Record<string, unknown>): DenyRule | undefined {
  return DENY_RULES.find((r) => {
    const hit = r.action.endsWith('*') ? iamAction.startsWith(r.action.slice(0, -1)) : iamAction === r.action;
    return hit && (!r.when || r.when(params));
  });
}
