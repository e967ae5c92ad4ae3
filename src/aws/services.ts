// The AWS services Inframate reads, once: our service id (the SDK v3 client package suffix), the IAM
// prefix its actions are authorised under, the SDK's service id (for AWS_ENDPOINT_URL_<SERVICE>),
// the client class, and a lazy import so a command that never touches AWS never loads the SDK.
export interface AwsServiceSpec {
  /** SDK v3 client name: `ecs`, `cloudwatch-logs`… (package `@aws-sdk/client-<id>`). */
  id: string;
  /** IAM service prefix (`logs`, `elasticloadbalancing`, `tag`…). */
  iamPrefix: string;
  /** The SDK's serviceId, uppercased with `_` for spaces: the suffix of AWS_ENDPOINT_URL_<SERVICE>. */
  endpointEnv: string;
  clientClass: string;
  load: () => Promise<Record<string, unknown>>;
}

const spec = (id: string, iamPrefix: string, endpointEnv: string, clientClass: string, load: AwsServiceSpec['load']): AwsServiceSpec => ({
  id,
  iamPrefix,
  endpointEnv,
  clientClass,
  load,
});

export const AWS_SERVICES: readonly AwsServiceSpec[] = [
  spec('auto-scaling', 'autoscaling', 'AUTO_SCALING', 'AutoScalingClient', () => import('@aws-sdk/client-auto-scaling')),
  spec('cloudwatch', 'cloudwatch', 'CLOUDWATCH', 'CloudWatchClient', () => import('@aws-sdk/client-cloudwatch')),
  spec('cloudwatch-logs', 'logs', 'CLOUDWATCH_LOGS', 'CloudWatchLogsClient', () => import('@aws-sdk/client-cloudwatch-logs')),
  spec('dynamodb', 'dynamodb', 'DYNAMODB', 'DynamoDBClient', () => import('@aws-sdk/client-dynamodb')),
  spec('ec2', 'ec2', 'EC2', 'EC2Client', () => import('@aws-sdk/client-ec2')),
  spec('ecs', 'ecs', 'ECS', 'ECSClient', () => import('@aws-sdk/client-ecs')),
  spec('elasticache', 'elasticache', 'ELASTICACHE', 'ElastiCacheClient', () => import('@aws-sdk/client-elasticache')),
  spec(
    'elastic-load-balancing-v2',
    'elasticloadbalancing',
    'ELASTIC_LOAD_BALANCING_V2',
    'ElasticLoadBalancingV2Client',
    () => import('@aws-sdk/client-elastic-load-balancing-v2'),
  ),
  spec('iam', 'iam', 'IAM', 'IAMClient', () => import('@aws-sdk/client-iam')),
  spec('lambda', 'lambda', 'LAMBDA', 'LambdaClient', () => import('@aws-sdk/client-lambda')),
  spec('rds', 'rds', 'RDS', 'RDSClient', () => import('@aws-sdk/client-rds')),
  spec(
    'resource-groups-tagging-api',
    'tag',
    'RESOURCE_GROUPS_TAGGING_API',
    'ResourceGroupsTaggingAPIClient',
    () => import('@aws-sdk/client-resource-groups-tagging-api'),
  ),
  spec('s3', 's3', 'S3', 'S3Client', () => import('@aws-sdk/client-s3')),
  spec('sns', 'sns', 'SNS', 'SNSClient', () => import('@aws-sdk/client-sns')),
  spec('sqs', 'sqs', 'SQS', 'SQSClient', () => import('@aws-sdk/client-sqs')),
  spec('sts', 'sts', 'STS', 'STSClient', () => import('@aws-sdk/client-sts')),
];

/** Names a model or a person may use for a service, beyond the SDK client name. */
const ALIASES: Record<string, string> = {
  logs: 'cloudwatch-logs',
  elbv2: 'elastic-load-balancing-v2',
  elasticloadbalancingv2: 'elastic-load-balancing-v2',
  elasticloadbalancing: 'elastic-load-balancing-v2',
  autoscaling: 'auto-scaling',
  tag: 'resource-groups-tagging-api',
  tagging: 'resource-groups-tagging-api',
  resourcegroupstaggingapi: 'resource-groups-tagging-api',
};

export function awsService(name: string): AwsServiceSpec | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^@aws-sdk\/client-/, '');
  const id = ALIASES[key] ?? key;
  return AWS_SERVICES.find((s) => s.id === id);
}
