// Every call the model proposes is checked here before it goes to the read-only AWS layer (which
// checks again against IAM access levels). Shape first (a known client, a PascalCase operation,
// object params), then a read-only verb, then the deny list of reads that return secrets or data.
// A refusal is an answer the model is told about, never an exception.
import type { AwsCallRequest } from './types';

/** SDK v3 client names the agent may address (the clients Inframate ships). */
export const KNOWN_SERVICES: readonly string[] = [
  'ec2',
  'ecs',
  'rds',
  'elasticache',
  's3',
  'iam',
  'lambda',
  'sqs',
  'sns',
  'dynamodb',
  'resource-groups-tagging-api',
  'cloudwatch',
  'cloudwatch-logs',
  'elastic-load-balancing-v2',
  'sts',
  'auto-scaling',
];

/** Verbs of operations whose IAM access level is List or Read. */
const READ_VERBS = /^(Describe|List|Get|Lookup|BatchGet|Search|Filter)[A-Z]/;

interface DenyRule {
  /** `service:Operation`, the operation may end in * */
  match: string;
  reason: string;
  /** Only when the params ask for it (e.g. decryption). */
  when?: (params: Record<string, unknown>) => boolean;
}

/** Reads that return secrets or customer data (contracts §3.10). Data, one row per refusal. */
export const DENY_RULES: readonly DenyRule[] = [
  { match: 'secretsmanager:GetSecretValue', reason: 'returns a secret value' },
  { match: 'secretsmanager:BatchGetSecretValue', reason: 'returns secret values' },
  { match: 'ssm:GetParameter*', reason: 'returns decrypted parameter values', when: (p) => p.WithDecryption === true },
  { match: 'kms:Decrypt', reason: 'decrypts data' },
  { match: 'kms:GenerateDataKey*', reason: 'returns key material' },
  { match: 's3:GetObject*', reason: 'reads object contents (customer data)' },
  { match: 'ec2:GetPasswordData', reason: 'returns an instance password' },
  { match: 'ec2:GetConsoleOutput', reason: 'console output may hold secrets' },
  { match: 'ec2:GetConsoleScreenshot', reason: 'console screenshots may hold secrets' },
  {
    match: 'ec2:DescribeInstanceAttribute',
    reason: 'may return user data, which often holds secrets',
    when: (p) => p.Attribute === 'userData',
  },
  { match: 'lambda:GetFunction', reason: 'returns a pre-signed URL to the function code; use GetFunctionConfiguration' },
  { match: 'dynamodb:GetItem', reason: 'reads table items (customer data)' },
  { match: 'dynamodb:BatchGetItem', reason: 'reads table items (customer data)' },
  {
    match: 'cloudwatch-logs:FilterLogEvents',
    reason: 'reads every log group of the account',
    when: (p) => !p.logGroupName && !p.logGroupIdentifier,
  },
  { match: 'sqs:ReceiveMessage', reason: 'reads queue messages (customer data)' },
  { match: 'iam:GetCredentialReport', reason: 'returns the account credential report' },
  { match: 'ecr:GetAuthorizationToken', reason: 'returns registry credentials' },
  { match: 'sts:GetSessionToken', reason: 'creates credentials' },
  { match: 'sts:GetFederationToken', reason: 'creates credentials' },
  { match: 'cloudwatch-logs:GetLogRecord', reason: 'returns a whole log record' },
];

function matches(pattern: string, value: string): boolean {
  return pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : value === pattern;
}

export type ProposalVerdict = { ok: true } | { ok: false; reason: string };

export function checkProposal(req: AwsCallRequest): ProposalVerdict {
  if (typeof req.service !== 'string' || !KNOWN_SERVICES.concat(['secretsmanager', 'ssm', 'kms', 'ecr']).includes(req.service))
    return { ok: false, reason: `unknown service "${String(req.service)}" (use an SDK v3 client name: ${KNOWN_SERVICES.join(', ')})` };
  if (typeof req.operation !== 'string' || !/^[A-Z][A-Za-z0-9]{2,80}$/.test(req.operation))
    return { ok: false, reason: `"${String(req.operation)}" is not an operation name (PascalCase, e.g. DescribeServices)` };
  if (!req.params || typeof req.params !== 'object' || Array.isArray(req.params)) return { ok: false, reason: 'params must be an object' };
  const id = `${req.service}:${req.operation}`;
  for (const rule of DENY_RULES) {
    if (matches(rule.match, id) && (!rule.when || rule.when(req.params)))
      return { ok: false, reason: `${id} is denied: it ${rule.reason}` };
  }
  if (!READ_VERBS.test(req.operation))
    return { ok: false, reason: `${id} is denied: only read-only (List/Read) operations are allowed; the agent never changes anything` };
  if (!KNOWN_SERVICES.includes(req.service)) return { ok: false, reason: `${id} is denied: the service is not available to the agent` };
  return { ok: true };
}
