// What each component kind contributes to the generated root module besides its own template:
// the file it lives in, its Terraform identifier, variables, outputs, alarms, and — for datastores
// and messaging — how compute reaches it (security group + port, environment, IAM, secrets).
// Expressions here are Terraform references we build ourselves; values from the repository
// (service names) only ever reach them through tfIdent.
import { tfIdent } from '../terraform/hcl-escape';
import { ecsServiceModule } from '../terraform/hcl-expr';
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
  /** A quoted string mixing literal text and references we build ("rediss://${…}:6379"). */
  parts?: ({ text: string } | { ref: string })[];
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
  /** Datastores: how a variable of the run contract is filled (see resolveWiredEnv in render). */
  connection?(c: ComponentOf<K>, id: string): Connection;
}

/**
 * What compute needs to reach a datastore, as Terraform expressions we build. `secretArn` is the
 * connection secret (JSON: username, password, host, port, dbname and the URLs in `urls`).
 */
export interface Connection {
  host: string;
  port: number;
  user?: string;
  dbName?: string;
  secretArn?: string;
  /** Connection-secret keys holding a URL that embeds the password: scheme prefix and query suffix. */
  urls: { key: string; prefix: string; suffix: string }[];
  /** A URL with no password (TLS Redis, OpenSearch, JDBC): prefix + host + suffix. */
  plainUrls: Partial<Record<'cache-url' | 'broker-url' | 'search-url' | 'jdbc-url', { prefix: string; suffix: string }>>;
}

/**
 * TLS matched to each client: libpq (psycopg, Rails pg, Go lib/pq and pgx) encrypts without
 * verifying with sslmode=require; node-postgres treats "require" as verify-full against Node's
 * CA store, which lacks the RDS CA, so Node clients get sslmode=no-verify (encrypted, unverified);
 * asyncpg takes ssl=require; pgjdbc's sslmode=require encrypts without verifying.
 */
const POSTGRES_URLS = [
  { key: 'url', prefix: 'postgresql://', suffix: '?sslmode=require' },
  { key: 'url_no_verify', prefix: 'postgresql://', suffix: '?sslmode=no-verify' },
  { key: 'url_asyncpg', prefix: 'postgresql+asyncpg://', suffix: '?ssl=require' },
];
const MYSQL_URLS = [
  { key: 'url', prefix: 'mysql://', suffix: '?ssl-mode=REQUIRED' },
  { key: 'url_mysql2', prefix: 'mysql2://', suffix: '?sslmode=required' },
];

function dbConnection(
  resource: string,
  hostAttr: string,
  port: number,
  engine: 'postgresql' | 'mysql' | 'sqlserver' | 'mongodb',
  id: string,
): Connection {
  const urls =
    engine === 'postgresql'
      ? POSTGRES_URLS
      : engine === 'mysql'
        ? MYSQL_URLS
        : engine === 'mongodb'
          ? [{ key: 'url', prefix: 'mongodb://', suffix: '?tls=true&tlsCAFile=global-bundle.pem&retryWrites=false' }]
          : [];
  const jdbc =
    engine === 'postgresql'
      ? { prefix: 'jdbc:postgresql://', suffix: `:${port}/app?sslmode=require` }
      : engine === 'mysql'
        ? { prefix: 'jdbc:mysql://', suffix: `:${port}/app?sslMode=REQUIRED` }
        : engine === 'sqlserver'
          ? { prefix: 'jdbc:sqlserver://', suffix: `:${port};encrypt=true;trustServerCertificate=true` }
          : undefined;
  return {
    host: `${resource}.${hostAttr}`,
    port,
    user: 'app_admin',
    dbName: 'app',
    secretArn: `aws_secretsmanager_secret.${id}_connection.arn`,
    urls,
    plainUrls: jdbc ? { 'jdbc-url': jdbc } : {},
  };
}

const passwordVersion = (id: string, label: string): VariableDecl => ({
  name: `${id}_password_version`,
  type: 'number',
  description: `Increase to rotate the ${label} master password (written to the database and its connection secret in the same apply).`,
  default: 1,
});

const svc = (c: Component, fallback: string) => tfIdent(c.service ?? fallback);
/** The for_each key of a unit's module instance or map entry: its name (the id when it has none). */
export const unitKey = (c: Component, id: string) => c.service ?? id;

/** One item per name, the first kept (ECS rejects a variable given twice; Terraform a variable declared twice). */
export function firstByName<T extends { name: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.name) && Boolean(seen.add(i.name)));
}
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

function dbReach(kind: ComponentKind, id: string, _resource: string, _hostAttr: string, port: number, label: string): Reachable {
  return {
    kind,
    id,
    network: { sg: `aws_security_group.${id}_db.id`, port, label },
    env: [],
    secrets: [],
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
    // One map of repositories in the root (ecr-repositories.tf); its output lists every URL.
  },
  'ecs-fargate-service': {
    id: (c) => svc(c, 'app'),
    file: (_c, id) => fileName(id, 'service'),
    label: 'ECS Fargate service',
    // A service running another one's image deploys that service's tag: one build, one variable.
    // One instance of modules/ecs-service per unit (ecs-services.tf); the ecs_services output lists
    // every task definition family and security group.
    clientSg: (c, id) => `${ecsServiceModule(unitKey(c, id))}.security_group_id`,
    // Its alarms (CPU; no healthy target when public) are in the module, on the root's SNS topic.
  },
  alb: {
    // One load balancer per environment: each public service adds its target group and listener rule.
    id: () => 'main',
    file: () => 'load-balancer.tf',
    label: 'Application Load Balancer',
    variables: () => [
      {
        name: 'certificate_arn',
        type: 'string',
        description: 'ARN of an ACM certificate (same region) for the load balancer’s HTTPS listener.',
      },
      {
        name: 'domain_name',
        type: 'string',
        description:
          'Domain served by the load balancer (e.g. app.example.com; "" to use its AWS DNS name). Other public services answer on <service>.<domain>.',
        default: '',
      },
    ],
    outputs: () => [{ name: 'load_balancer_url', description: 'HTTPS endpoint (point your DNS here).', value: 'local.public_url' }],
    alarms: (): AlarmDecl[] => [
      {
        id: 'alb_5xx',
        description: 'load balancer: more than 10 target 5xx responses in 5 minutes',
        namespace: 'AWS/ApplicationELB',
        metric: 'HTTPCode_Target_5XX_Count',
        statistic: 'Sum',
        comparison: 'GreaterThanThreshold',
        threshold: 10,
        periods: 1,
        dimensions: { LoadBalancer: 'aws_lb.main.arn_suffix' },
      },
    ],
  },
  'lambda-function': {
    id: (c) => svc(c, 'function'),
    file: (_c, id) => fileName(id, 'lambda'),
    label: 'Lambda functions',
    // Each function's errors alarm lives in modules/lambda-function (one per map entry).
    clientSg: (_c, id) => `aws_security_group.${id}_lambda.id`,
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
    connection: (_c, id) => dbConnection(`aws_db_instance.${id}`, 'address', 5432, 'postgresql', id),
    variables: (_c, id) => [passwordVersion(id, 'PostgreSQL')],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'PostgreSQL endpoint (private).', value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).',
        value: `aws_secretsmanager_secret.${id}_connection.arn`,
      },
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`),
  },
  'rds-mysql': {
    id: () => 'mysql',
    file: () => 'database-mysql.tf',
    label: 'RDS MySQL',
    reach: (_c, id) => dbReach('rds-mysql', id, `aws_db_instance.${id}`, 'address', 3306, 'MySQL'),
    connection: (_c, id) => dbConnection(`aws_db_instance.${id}`, 'address', 3306, 'mysql', id),
    variables: (_c, id) => [passwordVersion(id, 'MySQL')],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'MySQL endpoint (private).', value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).',
        value: `aws_secretsmanager_secret.${id}_connection.arn`,
      },
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`),
  },
  'rds-sqlserver': {
    id: () => 'sqlserver',
    file: () => 'database-sqlserver.tf',
    label: 'RDS SQL Server',
    reach: (_c, id) => dbReach('rds-sqlserver', id, `aws_db_instance.${id}`, 'address', 1433, 'SQL Server'),
    connection: (_c, id) => dbConnection(`aws_db_instance.${id}`, 'address', 1433, 'sqlserver', id),
    variables: (_c, id) => [passwordVersion(id, 'SQL Server')],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'SQL Server endpoint (private, TLS required).', value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).',
        value: `aws_secretsmanager_secret.${id}_connection.arn`,
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
    connection: (c, id) =>
      c.parameters.engine === 'aurora-postgresql'
        ? dbConnection(`aws_rds_cluster.${id}`, 'endpoint', 5432, 'postgresql', id)
        : dbConnection(`aws_rds_cluster.${id}`, 'endpoint', 3306, 'mysql', id),
    variables: (_c, id) => [passwordVersion(id, 'Aurora')],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: 'Aurora writer endpoint (private).', value: `aws_rds_cluster.${id}.endpoint` },
      {
        name: `${id}_secret_arn`,
        description: 'Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).',
        value: `aws_secretsmanager_secret.${id}_connection.arn`,
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
      env: [],
      secrets: [],
      iam: [],
    }),
    // In-transit encryption is on: URLs use rediss://. Celery needs ssl_cert_reqs on a rediss broker
    // URL; ElastiCache certificates chain to a public Amazon root, so verification works.
    connection: (_c, id) => ({
      host: `aws_elasticache_replication_group.${id}.primary_endpoint_address`,
      port: 6379,
      urls: [],
      plainUrls: {
        'cache-url': { prefix: 'rediss://', suffix: ':6379' },
        'broker-url': { prefix: 'rediss://', suffix: ':6379/0?ssl_cert_reqs=required' },
      },
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
      env: [],
      secrets: [],
    }),
    connection: (_c, id) => dbConnection(`aws_docdb_cluster.${id}`, 'endpoint', 27017, 'mongodb', id),
    variables: (_c, id) => [passwordVersion(id, 'DocumentDB')],
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
      env: [],
      secrets: [],
      iam: [
        {
          sid: 'OpenSearchHttp',
          actions: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'],
          resources: [{ ref: `aws_opensearch_domain.${id}.arn`, suffix: '/*' }],
        },
      ],
    }),
    connection: (_c, id) => ({
      host: `aws_opensearch_domain.${id}.endpoint`,
      port: 443,
      urls: [],
      plainUrls: { 'search-url': { prefix: 'https://', suffix: '' } },
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
    // Generated application secrets (SECRET_KEY, APP_KEY…): one Secrets Manager secret per variable name.
    id: () => 'app',
    file: () => 'secrets.tf',
    label: 'Secrets Manager',
  },
  'github-deploy': {
    id: () => 'github',
    file: () => 'deploy-github.tf',
    label: 'GitHub deploy role (OIDC)',
    variables: (c) => [
      {
        name: 'github_repository',
        type: 'string',
        description: 'The GitHub repository allowed to deploy, as owner/name.',
      },
      { name: 'github_branch', type: 'string', description: 'The branch whose workflow runs may deploy.', default: c.parameters.branch },
    ],
    outputs: () => [
      {
        name: 'github_deploy_role_arn',
        description: 'Set as the repository secret AWS_DEPLOY_ROLE_ARN (read by the deploy workflow).',
        value: 'aws_iam_role.github_deploy.arn',
      },
    ],
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
