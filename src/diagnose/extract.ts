// Facts pulled from an error block: the AWS error code, the service, the IAM action and ARN of a
// denial, file and line, lock ids, instance types and zones. Each extractor is a small table of
// the forms SDKs and Terraform print.

const CODE = String.raw`[A-Z][A-Za-z0-9]+(?:\.[A-Z][A-Za-z0-9]+)*`;

/** Structured forms that name the code unambiguously, most precise first. */
const CODE_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`An error occurred \((${CODE})\)`),
  new RegExp(String.raw`\bapi error (${CODE}):`),
  new RegExp(String.raw`<Code>(${CODE})</Code>`),
  new RegExp(String.raw`\bError Code: (${CODE})\b`),
  new RegExp(String.raw`"__type"\s*:\s*"(?:[\w.]+#)?(${CODE})"`),
  new RegExp(String.raw`"errorCode"\s*:\s*"(${CODE})"`),
  new RegExp(String.raw`\bcode: '(${CODE})'`),
  new RegExp(String.raw`\bcode: Some\("(${CODE})"\)`),
  new RegExp(String.raw`"code"\s*:\s*"(${CODE})"`),
  new RegExp(String.raw`\bCode: (${CODE}),`),
  new RegExp(String.raw`(?:Errors|Error)::(${CODE})\b`),
  new RegExp(String.raw`(?:RequestID|HostID): [^,\s]*, (${CODE}):`),
  new RegExp(String.raw`StatusCode: \d{3}, (${CODE}):`),
];

/** Exception class names of tools and SDK wrappers that are not AWS error codes. */
const NOT_CODES = new Set([
  'ClientError',
  'ResponseError',
  'EC2ResponseError',
  'BotoServerError',
  'ServerError',
  'ActionFailed',
  'RpkException',
  'AnsibleEC2Error',
  'StatusCode',
  'RequestID',
  'HostID',
  'RespMetadata',
  'ClusterName',
  'ErrorCode',
  'ErrorMetadata',
  'RequestToken',
  'HandlerErrorCode',
  'TypeError',
  'ValueError',
  'KeyError',
  'RuntimeError',
  'NoneType',
]);

/** "CamelCase: " tokens with at least two humps (AccessDenied:, InvalidAMIID.NotFound:, RequestError:). */
// No nested quantifiers: a long CamelCase run without a colon must not backtrack exponentially.
const GENERIC_CODE = new RegExp(String.raw`(?<![\w.])([A-Z][A-Z0-9]*[a-z0-9]+[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]+)*):\s`, 'g');
/** The generic search looks at the start of the block only (codes come early; bounded work). */
const GENERIC_WINDOW = 20_000;

export function extractCode(text: string, ruleCodes: readonly string[] = []): string | null {
  for (const re of CODE_FORMS) {
    const m = re.exec(text);
    if (m && !NOT_CODES.has(m[1])) return m[1];
  }
  // The codes the matched rule knows, wherever they appear (earliest first, longest at a tie).
  let best: { at: number; code: string } | null = null;
  for (const code of ruleCodes) {
    const re = new RegExp(String.raw`(?<![A-Za-z0-9])${code.replace(/\./g, '\\.')}`);
    const m = re.exec(text);
    if (m && (!best || m.index < best.at || (m.index === best.at && code.length > best.code.length))) best = { at: m.index, code };
  }
  if (best) return best.code;
  for (const m of text.slice(0, GENERIC_WINDOW).matchAll(GENERIC_CODE)) {
    if (!NOT_CODES.has(m[1])) return m[1];
  }
  return null;
}

export interface Denial {
  action: string | null;
  arn: string | null;
  principal: string | null;
}

const PERFORM = /not authorized to perform:?\s*([a-z0-9-]+:[A-Za-z0-9*]+)(?:\s+on resource:?\s*"?([^\s"]+?)"?(?=[\s,]|$))?/i;
const PRINCIPAL = /User:\s*(arn:[^\s]+)\s+is not authorized/i;
const CALLING = /when calling the (\w+) operation/;
const SDK_V2_OP = /operation error ([A-Za-z0-9 ]+?): (\w+)/;

/** Services whose IAM prefix differs from the SDK/endpoint name. */
const IAM_PREFIX: Record<string, string> = {
  'elastic load balancing v2': 'elasticloadbalancing',
  'elastic load balancing': 'elasticloadbalancing',
  'cloudwatch logs': 'logs',
  'cognito identity provider': 'cognito-idp',
  'api gateway': 'apigateway',
  'auto scaling': 'autoscaling',
  'secrets manager': 'secretsmanager',
  'step functions': 'states',
};

export function iamPrefixOf(service: string): string {
  const s = service.trim().toLowerCase();
  return IAM_PREFIX[s] ?? s.replace(/\s+/g, '');
}

export function extractDenial(text: string, service: string | null): Denial {
  const m = PERFORM.exec(text);
  const principal = PRINCIPAL.exec(text)?.[1] ?? null;
  if (m) return { action: m[1], arn: m[2] ?? null, principal };
  const v2 = SDK_V2_OP.exec(text);
  if (v2) return { action: `${iamPrefixOf(v2[1])}:${v2[2]}`, arn: null, principal };
  const op = CALLING.exec(text);
  if (op && service) return { action: `${service}:${op[1]}`, arn: null, principal };
  return { action: null, arn: null, principal };
}

/** Resource type prefix → service (IAM prefix). Longest prefix wins. */
const TYPE_SERVICE: ReadonlyArray<[string, string]> = [
  ['aws_s3', 's3'],
  ['aws_iam', 'iam'],
  ['aws_instance', 'ec2'],
  ['aws_spot', 'ec2'],
  ['aws_eip', 'ec2'],
  ['aws_security_group', 'ec2'],
  ['aws_vpc', 'ec2'],
  ['aws_subnet', 'ec2'],
  ['aws_route_table', 'ec2'],
  ['aws_route', 'ec2'],
  ['aws_route53', 'route53'],
  ['aws_nat_gateway', 'ec2'],
  ['aws_internet_gateway', 'ec2'],
  ['aws_launch', 'ec2'],
  ['aws_ami', 'ec2'],
  ['aws_key_pair', 'ec2'],
  ['aws_network', 'ec2'],
  ['aws_ebs', 'ec2'],
  ['aws_ec2', 'ec2'],
  ['aws_db', 'rds'],
  ['aws_rds', 'rds'],
  ['aws_lambda', 'lambda'],
  ['aws_eks', 'eks'],
  ['aws_ecs', 'ecs'],
  ['aws_ecr', 'ecr'],
  ['aws_kms', 'kms'],
  ['aws_dynamodb', 'dynamodb'],
  ['aws_sqs', 'sqs'],
  ['aws_sns', 'sns'],
  ['aws_lb', 'elasticloadbalancing'],
  ['aws_alb', 'elasticloadbalancing'],
  ['aws_elb', 'elasticloadbalancing'],
  ['aws_cloudwatch_log', 'logs'],
  ['aws_cloudwatch', 'cloudwatch'],
  ['aws_kinesis_firehose', 'firehose'],
  ['aws_kinesis', 'kinesis'],
  ['aws_secretsmanager', 'secretsmanager'],
  ['aws_ssm', 'ssm'],
  ['aws_autoscaling', 'autoscaling'],
  ['aws_elasticache', 'elasticache'],
  ['aws_cognito', 'cognito-idp'],
  ['aws_cloudfront', 'cloudfront'],
  ['aws_api_gateway', 'apigateway'],
  ['aws_apigatewayv2', 'apigateway'],
  ['aws_sfn', 'states'],
  ['aws_batch', 'batch'],
  ['aws_acm', 'acm'],
  ['aws_efs', 'elasticfilesystem'],
  ['aws_service_discovery', 'servicediscovery'],
  ['aws_config', 'config'],
  ['aws_simpledb', 'sdb'],
];

export function serviceOfType(type: string | null): string | null {
  if (!type) return null;
  let best: [string, string] | undefined;
  for (const entry of TYPE_SERVICE) if (type.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best?.[1] ?? null;
}

const ENDPOINT = /\b([a-z0-9-]+)\.(?:[a-z]{2}(?:-gov)?-[a-z]+-\d\.)?amazonaws\.com/;

export function extractService(text: string, ruleService: string | undefined, resourceType: string | null): string | null {
  const v2 = SDK_V2_OP.exec(text);
  if (v2) return iamPrefixOf(v2[1]);
  const perform = PERFORM.exec(text);
  if (perform) return perform[1].split(':')[0].toLowerCase();
  if (ruleService) return ruleService;
  const fromType = serviceOfType(resourceType);
  if (fromType) return fromType;
  const endpoint = ENDPOINT.exec(text);
  return endpoint ? endpoint[1] : null;
}

const FILE_LINE = /\b[oO]n ([^\s:]+?\.tf(?:\.json)?) line (\d+)/;

export function extractFileLine(lines: readonly string[]): { file: string; line: number } | null {
  for (const line of lines) {
    const m = FILE_LINE.exec(line);
    if (m) return { file: m[1].replace(/\\/g, '/'), line: Number(m[2]) };
  }
  return null;
}

export interface Details {
  lockId: string | null;
  lockWho: string | null;
  instanceType: string | null;
  az: string | null;
  otherAzs: string | null;
  argument: string | null;
}

export function extractDetails(text: string): Details {
  return {
    lockId: /\bID:\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{6,})\b/i.exec(text)?.[1] ?? null,
    lockWho: /\bWho:\s+(\S+)/.exec(text)?.[1] ?? null,
    instanceType:
      /instance type \(?([a-z][a-z0-9-]*\.[a-z0-9]+)\)?/i.exec(text)?.[1] ??
      /sufficient ([a-z][a-z0-9-]*\.[a-z0-9]+) capacity/i.exec(text)?.[1] ??
      null,
    az: /Availability Zone (?:you requested )?\(([a-z]{2}(?:-gov)?-[a-z]+-\d[a-z])\)/i.exec(text)?.[1] ?? null,
    otherAzs: /choosing ((?:[a-z]{2}(?:-gov)?-[a-z]+-\d[a-z](?:, | or |,)?)+)/i.exec(text)?.[1]?.replace(/[,\s]+$/, '') ?? null,
    argument: /An argument named "([^"]+)"/.exec(text)?.[1] ?? /Blocks of type "([^"]+)"/.exec(text)?.[1] ?? null,
  };
}
