// What each component kind contributes to the generated root module besides its own template:
// the file it lives in, its Terraform identifier, variables, outputs, alarms, and — for datastores
// and messaging — how compute reaches it (security group + port, environment, IAM, secrets).
// Expressions here are Terraform references we build ourselves; values from the repository
// (service names) only ever reach them through tfIdent.
import { tfIdent } from '../terraform/hcl-escape';
import type { Component, ComponentKind, ComponentOf } from './vocabulary';

export interface VariableDecl {
  name: string;
  type: 'string' | 'number' | 'bool' | 'map(string)';
  description: string;
  /** Omitted: the variable is required. */
  default?: string | number | boolean | Record<string, string>;
  sensitive?: boolean;
}
export interface OutputDecl {
  name: string;
  description: string;
  /** A Terraform expression built here. */
  value: string;
  sensitive?: boolean;
}
export interface EnvVar {
  name: string;
  /** A Terraform expression evaluating to a string, or a literal. */
  ref?: string;
  value?: string;
}
export interface IamStatement {
  sid: string;
  actions: string[];
  /** Terraform expressions of ARNs (optionally followed by a literal suffix like "/*"). */
  resources: { ref: string; suffix?: string }[];
}
export interface AlarmDecl {
  id: string;
  description: string;
  namespace: string;
  metric: string;
  statistic: 'Average' | 'Maximum' | 'Minimum' | 'Sum';
  comparison: 'GreaterThanThreshold' | 'LessThanThreshold' | 'GreaterThanOrEqualToThreshold';
  threshold: number;
  periods: number;
  /** Dimension name → Terraform expression. */
  dimensions: Record<string, string>;
}
/** How compute reaches a datastore or a messaging resource. */
export interface Reachable {
  kind: ComponentKind;
  id: string;
  /** Network access: the datastore's security group and port (absent for IAM-only services). */
  network?: { sg: string; port: number; label: string };
  env: EnvVar[];
  /** Secrets Manager ARNs injected as container secrets (name → ARN expression). */
  secrets: { name: string; arn: string }[];
  iam: IamStatement[];
}

export interface KindMeta<K extends ComponentKind = ComponentKind> {
  /** Terraform identifier base (unique per component in a module). */
  id(c: ComponentOf<K>): string;
  file(c: ComponentOf<K>, id: string): string;
  /** Human label for reports and diagrams. */
  label: string;
  variables?(c: ComponentOf<K>, id: string): VariableDecl[];
  outputs?(c: ComponentOf<K>, id: string): OutputDecl[];
  alarms?(c: ComponentOf<K>, id: string): AlarmDecl[];
  reach?(c: ComponentOf<K>, id: string): Reachable;
  /** Compute: the security group other components allow in. */
  clientSg?(c: ComponentOf<K>, id: string): string | undefined;
}

const svc = (c: Component, fallback: string) => tfIdent(c.service ?? fallback);
const fileName = (id: string, suffix: string) => `${id.replace(/_/g, '-')}${suffix ? `-${suffix}` : ''}.tf`;
const nameParam = (c: Component) => ('name' in c.parameters && typeof c.parameters.name === 'string' ? c.parameters.name : c.kind);
const envPrefix = (id: string) => id.toUpperCase();
/** IAM statement ids are alphanumeric: "Use" + jobs_queue → UseJobsQueue. */
const sid = (verb: string, id: string) =>
  verb +
  id
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

function dbReach(kind: ComponentKind, id: string, resource: string, hostAttr: string, port: number, label: string): Reachable {
  return {
    kind,
    id,
    network: { sg: `aws_security_group.${id}_db.id`, port, label },
    env: [
      { name: 'DATABASE_HOST', ref: `${resource}.${hostAttr}` },
      { name: 'DATABASE_PORT', value: String(port) },
      { name: 'DATABASE_NAME', value: 'app' },
    ],
    secrets: [{ name: 'DATABASE_CREDENTIALS', arn: `${resource}.master_user_secret[0].secret_arn` }],
    iam: [],
  };
}

export const CATALOG: { [K in ComponentKind]: KindMeta<K> } = {
  vpc: {
    id: () => 'main',
    file: () => 'network.tf',
    label: 'VPC',
    variables: (c) => [{ name: 'vpc_cidr', type: 'string', description: 'CIDR block of the VPC.', default: c.parameters.cidr }],
    outputs: () => [
      { name: 'vpc_id', description: 'ID of the VPC.', value: 'aws_vpc.main.id' },
      { name: 'private_subnet_ids', description: 'Private subnets (tasks, databases).', value: 'aws_subnet.private[*].id' },
      { name: 'public_subnet_ids', description: 'Public subnets (load balancers, NAT).', value: 'aws_subnet.public[*].id' },
    ],
  },
  'ecs-cluster': {
    id: () => 'main',
    file: () => 'ecs-cluster.tf',
    label: 'ECS cluster',
    outputs: () => [{ name: 'ecs_cluster_name', description: 'Name of the ECS cluster.', value: 'aws_ecs_cluster.main.name' }],
  },
  'ecr-repository': {
    id: (c) => svc(c, 'app'),
    file: (_c, id) => fileName(id, 'ecr'),
    label: 'ECR repository',
    outputs: (_c, id) => [
      { name: `${id}_repository_url`, description: `Push ${id} images here.`, value: `aws_ecr_repository.${id}.repository_url` },
    ],
  },
  'ecs-fargate-service': {
    id: (c) => svc(c, 'app'),
    file: (_c, id) => fileName(id, 'service'),
    label: 'ECS Fargate service',
    // A service running another one's image deploys that service's tag: one build, one variable.
    variables: (c, id) =>
      c.imageFrom
        ? []
        : [{ name: `${id}_image_tag`, type: 'string', description: `Image tag of ${id} to deploy (pushed to its ECR repository by CI).` }],
    clientSg: (_c, id) => `aws_security_group.${id}_service.id`,
    alarms: (_c, id): AlarmDecl[] => [
      {
        id: `${id}_cpu_high`,
        description: `${id}: average CPU above 85% for 15 minutes`,
        namespace: 'AWS/ECS',
        metric: 'CPUUtilization',
        statistic: 'Average',
        comparison: 'GreaterThanThreshold',
        threshold: 85,
        periods: 3,
        dimensions: { ClusterName: 'aws_ecs_cluster.main.name', ServiceName: `aws_ecs_service.${id}.name` },
      },
    ],
  },
  alb: {
    id: (c) => svc(c, 'app'),
    file: (_c, id) => fileName(id, 'alb'),
    label: 'Application Load Balancer',
    variables: () => [
      {
        name: 'certificate_arn',
        type: 'string',
        description: 'ARN of an ACM certificate (same region) for the load balancers’ HTTPS listeners.',
      },
    ],
    outputs: (_c, id) => [
      { name: `${id}_url`, description: `HTTPS endpoint of ${id} (point your DNS here).`, value: `"https://\${aws_lb.${id}.dns_name}"` },
    ],
    alarms: (_c, id): AlarmDecl[] => [
      {
        id: `${id}_5xx`,
        description: `${id}: more than 10 target 5xx responses in 5 minutes`,
        namespace: 'AWS/ApplicationELB',
        metric: 'HTTPCode_Target_5XX_Count',
        statistic: 'Sum',
        comparison: 'GreaterThanThreshold',
        threshold: 10,
        periods: 1,
        dimensions: { LoadBalancer: `aws_lb.${id}.arn_suffix` },
      },
      {
        id: `${id}_unhealthy`,
        description: `${id}: no healthy targets`,
        namespace: 'AWS/ApplicationELB',
        metric: 'HealthyHostCount',
        statistic: 'Minimum',
        comparison: 'LessThanThreshold',
        threshold: 1,
        periods: 2,
        dimensions: { LoadBalancer: `aws_lb.${id}.arn_suffix`, TargetGroup: `aws_lb_target_group.${id}.arn_suffix` },
      },
    ],
  },
  'lambda-function': {
    id: (c) => svc(c, 'function'),
    file: (_c, id) => fileName(id, 'lambda'),
    label: 'Lambda function',
    variables: (c, id) => [
      {
        name: `${id}_package_path`,
        type: 'string',
        description: `Path of the deployment zip of ${id} (built by CI before terraform apply).`,
        default: `build/${c.service ?? id}.zip`,
      },
    ],
    clientSg: (_c, id) => `aws_security_group.${id}_lambda.id`,
    alarms: (_c, id): AlarmDecl[] => [
      {
        id: `${id}_errors`,
        description: `${id}: more than 5 errors in 5 minutes`,
        namespace: 'AWS/Lambda',
        metric: 'Errors',
        statistic: 'Sum',
        comparison: 'GreaterThanThreshold',
        threshold: 5,
        periods: 1,
        dimensions: { FunctionName: `aws_lambda_function.${id}.function_name` },
      },
    ],
  },
  'api-gateway-http': {
    id: (c) => svc(c, 'api'),
    file: (_c, id) => fileName(id, 'api'),
    label: 'API Gateway HTTP API',
    outputs: (_c, id) => [{ name: `${id}_api_url`, description: `Invoke URL of ${id}.`, value: `aws_apigatewayv2_stage.${id}.invoke_url` }],
  },
  's3-static-site': {
    id: (c) => svc(c, 'site'),
    file: (_c, id) => fileName(id, 'site'),
    label: 'S3 bucket (static site)',
    outputs: (_c, id) => [
      { name: `${id}_bucket`, description: `Upload the build output of ${id} here.`, value: `aws_s3_bucket.${id}_site.bucket` },
    ],
  },
  cloudfront: {
    id: (c) => svc(c, 'site'),
    file: (_c, id) => fileName(id, 'cdn'),
    label: 'CloudFront distribution',
    outputs: (_c, id) => [
      { name: `${id}_url`, description: `HTTPS URL of ${id}.`, value: `"https://\${aws_cloudfront_distribution.${id}.domain_name}"` },
      {
        name: `${id}_distribution_id`,
        description: 'For cache invalidations after a deploy.',
        value: `aws_cloudfront_distribution.${id}.id`,
      },
    ],
  },
  'rds-postgresql': {
    id: () => 'postgresql',
    file: () => 'database-postgresql.tf',
    label: 'RDS PostgreSQL',
    reach: (_c, id) => dbReach('rds-postgresql', id, `aws_db_instance.${id}`, 'address', 5432, 'PostgreSQL'),
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'PostgreSQL endpoint (private).', value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the master credentials.',
        value: `aws_db_instance.${id}.master_user_secret[0].secret_arn`,
      },
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`),
  },
  'rds-mysql': {
    id: () => 'mysql',
    file: () => 'database-mysql.tf',
    label: 'RDS MySQL',
    reach: (_c, id) => dbReach('rds-mysql', id, `aws_db_instance.${id}`, 'address', 3306, 'MySQL'),
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'MySQL endpoint (private).', value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the master credentials.',
        value: `aws_db_instance.${id}.master_user_secret[0].secret_arn`,
      },
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`),
  },
  'rds-sqlserver': {
    id: () => 'sqlserver',
    file: () => 'database-sqlserver.tf',
    label: 'RDS SQL Server',
    reach: (_c, id) => dbReach('rds-sqlserver', id, `aws_db_instance.${id}`, 'address', 1433, 'SQL Server'),
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'SQL Server endpoint (private, TLS required).', value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the master credentials.',
        value: `aws_db_instance.${id}.master_user_secret[0].secret_arn`,
      },
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`),
  },
  'aurora-serverless-v2': {
    id: () => 'aurora',
    file: () => 'database-aurora.tf',
    label: 'Aurora Serverless v2',
    reach: (c, id) =>
      dbReach(
        'aurora-serverless-v2',
        id,
        `aws_rds_cluster.${id}`,
        'endpoint',
        c.parameters.engine === 'aurora-postgresql' ? 5432 : 3306,
        'Aurora',
      ),
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'Aurora writer endpoint (private).', value: `aws_rds_cluster.${id}.endpoint` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the master credentials.',
        value: `aws_rds_cluster.${id}.master_user_secret[0].secret_arn`,
      },
    ],
  },
  'elasticache-redis': {
    id: () => 'redis',
    file: () => 'cache-redis.tf',
    label: 'ElastiCache Redis',
    reach: (_c, id) => ({
      kind: 'elasticache-redis',
      id,
      network: { sg: `aws_security_group.${id}_db.id`, port: 6379, label: 'Redis' },
      env: [
        { name: 'REDIS_HOST', ref: `aws_elasticache_replication_group.${id}.primary_endpoint_address` },
        { name: 'REDIS_PORT', value: '6379' },
        { name: 'REDIS_TLS', value: 'true' },
      ],
      secrets: [],
      iam: [],
    }),
    outputs: (_c, id) => [
      {
        name: `${id}_endpoint`,
        description: 'Redis primary endpoint (TLS).',
        value: `aws_elasticache_replication_group.${id}.primary_endpoint_address`,
      },
    ],
  },
  'dynamodb-table': {
    id: (c) => tfIdent(`${nameParam(c)}_table`),
    file: (_c, id) => fileName(id, ''),
    label: 'DynamoDB table',
    reach: (_c, id) => ({
      kind: 'dynamodb-table',
      id,
      env: [{ name: `${envPrefix(id)}_NAME`, ref: `aws_dynamodb_table.${id}.name` }],
      secrets: [],
      iam: [
        {
          sid: sid('ReadWrite', id),
          actions: [
            'dynamodb:BatchGetItem',
            'dynamodb:BatchWriteItem',
            'dynamodb:ConditionCheckItem',
            'dynamodb:DeleteItem',
            'dynamodb:GetItem',
            'dynamodb:PutItem',
            'dynamodb:Query',
            'dynamodb:Scan',
            'dynamodb:UpdateItem',
          ],
          resources: [{ ref: `aws_dynamodb_table.${id}.arn` }, { ref: `aws_dynamodb_table.${id}.arn`, suffix: '/index/*' }],
        },
      ],
    }),
    outputs: (_c, id) => [{ name: `${id}_name`, description: 'DynamoDB table name.', value: `aws_dynamodb_table.${id}.name` }],
  },
  documentdb: {
    id: () => 'docdb',
    file: () => 'database-documentdb.tf',
    label: 'DocumentDB',
    reach: (_c, id) => ({
      ...dbReach('documentdb', id, `aws_docdb_cluster.${id}`, 'endpoint', 27017, 'DocumentDB'),
      env: [
        { name: 'MONGODB_HOST', ref: `aws_docdb_cluster.${id}.endpoint` },
        { name: 'MONGODB_PORT', value: '27017' },
        { name: 'MONGODB_TLS', value: 'true' },
      ],
      secrets: [{ name: 'MONGODB_CREDENTIALS', arn: `aws_docdb_cluster.${id}.master_user_secret[0].secret_arn` }],
    }),
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'DocumentDB cluster endpoint (TLS).', value: `aws_docdb_cluster.${id}.endpoint` },
    ],
  },
  opensearch: {
    id: () => 'search',
    file: () => 'search-opensearch.tf',
    label: 'OpenSearch',
    reach: (_c, id) => ({
      kind: 'opensearch',
      id,
      network: { sg: `aws_security_group.${id}_db.id`, port: 443, label: 'OpenSearch' },
      env: [{ name: 'OPENSEARCH_ENDPOINT', ref: `aws_opensearch_domain.${id}.endpoint` }],
      secrets: [],
      iam: [
        {
          sid: 'OpenSearchHttp',
          actions: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'],
          resources: [{ ref: `aws_opensearch_domain.${id}.arn`, suffix: '/*' }],
        },
      ],
    }),
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'OpenSearch endpoint (HTTPS, in the VPC).', value: `aws_opensearch_domain.${id}.endpoint` },
    ],
  },
  'sqs-queue': {
    id: (c) => tfIdent(`${nameParam(c)}_queue`),
    file: (_c, id) => fileName(id, ''),
    label: 'SQS queue',
    reach: (_c, id) => ({
      kind: 'sqs-queue',
      id,
      env: [{ name: `${envPrefix(id)}_URL`, ref: `aws_sqs_queue.${id}.url` }],
      secrets: [],
      iam: [
        {
          sid: sid('Use', id),
          actions: ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage', 'sqs:SendMessage'],
          resources: [{ ref: `aws_sqs_queue.${id}.arn` }],
        },
      ],
    }),
    outputs: (_c, id) => [{ name: `${id}_url`, description: 'SQS queue URL.', value: `aws_sqs_queue.${id}.url` }],
    alarms: (_c, id): AlarmDecl[] => [
      {
        id: `${id}_dlq_messages`,
        description: `${id}: messages in the dead-letter queue`,
        namespace: 'AWS/SQS',
        metric: 'ApproximateNumberOfMessagesVisible',
        statistic: 'Maximum',
        comparison: 'GreaterThanThreshold',
        threshold: 0,
        periods: 1,
        dimensions: { QueueName: `aws_sqs_queue.${id}_dlq.name` },
      },
    ],
  },
  'sns-topic': {
    id: (c) => tfIdent(`${nameParam(c)}_topic`),
    file: (_c, id) => fileName(id, ''),
    label: 'SNS topic',
    reach: (_c, id) => ({
      kind: 'sns-topic',
      id,
      env: [{ name: `${envPrefix(id)}_ARN`, ref: `aws_sns_topic.${id}.arn` }],
      secrets: [],
      iam: [{ sid: sid('PublishTo', id), actions: ['sns:Publish'], resources: [{ ref: `aws_sns_topic.${id}.arn` }] }],
    }),
    outputs: (_c, id) => [{ name: `${id}_arn`, description: 'SNS topic ARN.', value: `aws_sns_topic.${id}.arn` }],
  },
  secrets: {
    id: () => 'app',
    file: () => 'secrets.tf',
    label: 'Secrets Manager',
    reach: (c) => ({
      kind: 'secrets',
      id: 'app',
      env: [],
      secrets: c.parameters.names.map((n) => ({
        name: `${tfIdent(n).toUpperCase()}_SECRETS`,
        arn: `aws_secretsmanager_secret.${tfIdent(n)}.arn`,
      })),
      iam: [],
    }),
  },
  observability: {
    id: () => 'alarms',
    file: () => 'observability.tf',
    label: 'CloudWatch logs and alarms',
    variables: (c) => [
      { name: 'alarm_email', type: 'string', description: 'E-mail address subscribed to the alarm topic ("" for none).', default: '' },
      {
        name: 'log_retention_days',
        type: 'number',
        description: 'Retention of every CloudWatch log group.',
        default: c.parameters.logRetentionDays,
      },
    ],
    outputs: () => [{ name: 'alarm_topic_arn', description: 'SNS topic receiving CloudWatch alarms.', value: 'aws_sns_topic.alarms.arn' }],
  },
};

function rdsAlarms(id: string, identifier: string): AlarmDecl[] {
  return [
    {
      id: `${id}_cpu_high`,
      description: `${id}: CPU above 80% for 15 minutes`,
      namespace: 'AWS/RDS',
      metric: 'CPUUtilization',
      statistic: 'Average',
      comparison: 'GreaterThanThreshold',
      threshold: 80,
      periods: 3,
      dimensions: { DBInstanceIdentifier: identifier },
    },
    {
      id: `${id}_storage_low`,
      description: `${id}: less than 2 GB of free storage`,
      namespace: 'AWS/RDS',
      metric: 'FreeStorageSpace',
      statistic: 'Minimum',
      comparison: 'LessThanThreshold',
      threshold: 2147483648,
      periods: 1,
      dimensions: { DBInstanceIdentifier: identifier },
    },
  ];
}

/** Datastore kinds and the profile datastore ids each one serves (for per-service access wiring). */
export const DATASTORE_SERVES: Partial<Record<ComponentKind, string[]>> = {
  'rds-postgresql': ['postgresql'],
  'rds-mysql': ['mysql', 'mariadb'],
  'rds-sqlserver': ['sqlserver'],
  'aurora-serverless-v2': ['postgresql', 'mysql', 'mariadb'],
  'elasticache-redis': ['redis', 'memcached'],
  'dynamodb-table': ['dynamodb'],
  documentdb: ['mongodb'],
  opensearch: ['opensearch', 'elasticsearch'],
};

// The catalog is indexed by kind, so a component's entry always matches its own kind.
export const metaOf = (c: Component) => CATALOG[c.kind] as unknown as KindMeta;
