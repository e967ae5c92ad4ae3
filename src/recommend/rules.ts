// Deterministic rules: profile + requirements → components. Each decision comes from a table
// (compute classification, datastore mapping, messaging mapping, runtimes) and carries a one-line
// rationale naming the evidence and the requirement that shaped it.
import type { Profile, ServiceProfile } from '../profile/types';
import type { Requirements } from '../spec/types';
import { BACKUP_RETENTION, LOG_RETENTION, resilienceFor, SIZING, tierFor, type Resilience, type Sizing, type Tier } from './sizing';
import { awsName } from '../terraform/hcl-escape';
import { componentSchema, LOG_RETENTION_DAYS, type Component, type ComponentParameters } from './vocabulary';
import type { RunContract, RunUnit, UnitRole } from '../runcontract/types';
import { appSecretName } from '../terraform/render-service';
import { contractFromProfile, wiringFor } from './wiring';
import { serverlessPlan } from './serverless';

export type ComputeChoice = 'container' | 'lambda' | 'static-site';

export interface RuleContext {
  req: Requirements;
  /** Log retention (days, a CloudWatch-allowed value) and backup retention: stated in inframate.md or by environment. */
  logDays: ComponentParameters['observability']['logRetentionDays'];
  backupDays: number;
  stated: { logDays?: number; backupDays?: number };
  profile: Profile;
  tier: Tier;
  size: Sizing;
  res: Resilience;
  prod: boolean;
}

/** Frameworks that build to static files (no server process at run time). */
export const STATIC_FRAMEWORKS = new Set([
  'react',
  'vue',
  'angular',
  'svelte',
  'vite',
  'create-react-app',
  'gatsby',
  'astro',
  'hugo',
  'jekyll',
]);
/** Server-side frameworks: anything with one of these runs a process. */
const SERVER_FRAMEWORKS = new Set([
  'express',
  'fastify',
  'koa',
  'hapi',
  'nestjs',
  'nextjs',
  'nuxt',
  'sveltekit',
  'remix',
  'django',
  'flask',
  'fastapi',
  'rails',
  'sinatra',
  'laravel',
  'symfony',
  'spring-boot',
  'quarkus',
  'micronaut',
  'gin',
  'echo',
  'fiber',
  'chi',
  'gorilla-mux',
  'net-http',
  'aspnetcore',
  'actix-web',
  'axum',
  'rocket',
]);

/** Requirement compute ids (spec aliases) → our choice. Others (ec2, eks…) fall back to containers with a note. */
const COMPUTE_REQUIREMENT: Record<string, ComputeChoice> = {
  'ecs-fargate': 'container',
  'app-runner': 'container',
  lambda: 'lambda',
  'static-site': 'static-site',
};

/** Compute classification, first match wins. */
export const COMPUTE_RULES: { test: (s: ServiceProfile, p: Profile) => boolean; choice: ComputeChoice; why: string }[] = [
  {
    test: (s) => s.dockerfile !== null,
    choice: 'container',
    why: 'has a Dockerfile, so it ships as a container image',
  },
  {
    test: (s) => s.frameworks.some((f) => SERVER_FRAMEWORKS.has(f)),
    choice: 'container',
    why: 'runs a long-lived web server',
  },
  {
    test: (s) => s.frameworks.some((f) => STATIC_FRAMEWORKS.has(f)) && s.datastores.length === 0,
    choice: 'static-site',
    why: 'builds to static files with no server-side runtime',
  },
  {
    test: (_s, p) => p.iac.serverless.length > 0,
    choice: 'lambda',
    why: 'the repository already describes serverless functions',
  },
  {
    test: (s) => s.port === null && s.start === null && s.languages.some((l) => l in LAMBDA_RUNTIME_BY_LANGUAGE),
    choice: 'lambda',
    why: 'is a small handler with no server process or port',
  },
  {
    test: (s) => s.languages.length === 1 && s.languages[0] === 'html',
    choice: 'static-site',
    why: 'is plain HTML',
  },
];

export const LAMBDA_RUNTIME_BY_LANGUAGE: Record<string, ComponentParameters['lambda-function']['runtime']> = {
  typescript: 'nodejs22.x',
  javascript: 'nodejs22.x',
  python: 'python3.13',
  java: 'java21',
  kotlin: 'java21',
  ruby: 'ruby3.3',
  csharp: 'dotnet8',
  go: 'provided.al2023',
  rust: 'provided.al2023',
};

const LAMBDA_HANDLER_BY_RUNTIME: Partial<Record<ComponentParameters['lambda-function']['runtime'], string>> = {
  'nodejs22.x': 'index.handler',
  'python3.13': 'app.handler',
  java21: 'example.Handler::handleRequest',
  'ruby3.3': 'app.handler',
  dotnet8: 'App::App.Function::FunctionHandler',
  'provided.al2023': 'bootstrap',
};

/** Default container ports by framework when the profile could not find one. */
const DEFAULT_PORT: Record<string, number> = {
  nextjs: 3000,
  express: 3000,
  nestjs: 3000,
  fastify: 3000,
  remix: 3000,
  nuxt: 3000,
  sveltekit: 3000,
  django: 8000,
  fastapi: 8000,
  flask: 5000,
  rails: 3000,
  laravel: 8000,
  'spring-boot': 8080,
  quarkus: 8080,
  micronaut: 8080,
  gin: 8080,
  echo: 8080,
  fiber: 3000,
  aspnetcore: 8080,
  'actix-web': 8080,
  axum: 3000,
};

/** Health-check paths by framework (their conventional health endpoints); `/` otherwise. */
const HEALTH_PATH: Record<string, string> = { 'spring-boot': '/actuator/health', quarkus: '/q/health', micronaut: '/health' };

function classify(s: ServiceProfile, ctx: RuleContext): { choice: ComputeChoice; why: string } {
  const wanted = ctx.req.services.find((r) => r.name === s.name)?.compute ?? ctx.req.compute;
  const fromReq = wanted ? COMPUTE_REQUIREMENT[wanted] : undefined;
  if (fromReq) return { choice: fromReq, why: `inframate.md asks for ${wanted}` };
  const rule = COMPUTE_RULES.find((r) => r.test(s, ctx.profile));
  return rule ? { choice: rule.choice, why: rule.why } : { choice: 'container', why: 'runs as a containerized service by default' };
}

const redundancyNote = (ctx: RuleContext) =>
  ctx.res.multiAz
    ? `${ctx.req.availability} availability in ${ctx.req.environment}`
    : `${ctx.req.environment} with ${ctx.req.availability} availability`;

/**
 * Compute builders. `imageFrom` names an earlier service built from the same context and
 * Dockerfile: a container service then runs that image instead of getting a repository of its own.
 */
type ComputeBuilder = (
  s: ServiceProfile,
  name: string,
  why: string,
  ctx: RuleContext,
  imageFrom?: string,
  wired?: { unit: RunUnit; wiring: NonNullable<Component['wiring']> },
) => Component[];

/** The listen port of a container: the contract's, the profile's, else the framework's default. */
export function containerPort(s: ServiceProfile): number {
  const framework = s.frameworks.find((f) => f in DEFAULT_PORT);
  return s.port ?? (framework ? DEFAULT_PORT[framework]! : 8080);
}

const HTTP_PATH = /^\/[A-Za-z0-9._~/-]{0,127}$/;

function containerComponents(
  s: ServiceProfile,
  name: string,
  why: string,
  ctx: RuleContext,
  imageFrom?: string,
  wired?: { unit: RunUnit; wiring: NonNullable<Component['wiring']> },
): Component[] {
  const { size, res } = ctx;
  const framework = s.frameworks.find((f) => f in DEFAULT_PORT);
  const port = containerPort(s);
  const spot = size.spot && !ctx.prod;
  // Graviton is a budget lever for containers (an arm64 image build). Fargate Spot has no ARM64
  // capacity, so a service on Spot stays on x86_64.
  const arm = ctx.tier !== 'standard' && !spot;
  // Public only when the run contract says web; internal units are reached through Service Connect.
  const serves = wired ? wired.wiring.role === 'web' : s.port !== null || s.frameworks.some((f) => SERVER_FRAMEWORKS.has(f));
  const contractPath = wired?.unit.health.path;
  const healthCheckPath = contractPath && HTTP_PATH.test(contractPath) ? contractPath : ((framework && HEALTH_PATH[framework]) ?? '/');
  // A shared image's default command starts the other service, so the worker needs its own.
  const build = imageFrom
    ? ` Runs the image of ${imageFrom} (same ECR repository and tag)` +
      (s.start ? ' with its own command.' : '; set its `command`: none was found.')
    : s.dockerfile === null
      ? ' No Dockerfile was found: add one so CI can build the image.'
      : '';
  const tasks = `${res.minTasks}–${Math.max(res.maxTasks, res.minTasks)} tasks autoscaled on CPU (${redundancyNote(ctx)}, ${ctx.tier} budget)`;
  const registry: Component[] = imageFrom
    ? []
    : [
        {
          kind: 'ecr-repository',
          service: name,
          parameters: { scanOnPush: true, imageTagMutability: 'IMMUTABLE', keepImages: ctx.prod ? 50 : 20 },
          rationale: `Private image registry for ${name}: immutable tags and scan on push.`,
        },
      ];
  const out: Component[] = [
    ...registry,
    {
      kind: 'ecs-fargate-service',
      service: name,
      // The shared image's default command starts the other service: this one must say its own.
      ...(imageFrom ? { imageFrom, ...(s.start ? { command: commandOf(s.start) } : {}) } : {}),
      // A run command declared for deployment (compose `command:`, Procfile, Kubernetes args) is what
      // the image runs there: images built for it often have an ENTRYPOINT and no CMD.
      ...(!imageFrom && wired?.unit.start && DECLARED_RUN.has(wired.unit.origin?.kind ?? '')
        ? { command: commandOf(wired.unit.start) }
        : {}),
      ...(wired ? { wiring: wired.wiring } : {}),
      parameters: {
        cpu: size.fargate.cpu,
        memory: size.fargate.memory,
        architecture: arm ? 'arm64' : 'x86_64',
        containerPort: port,
        healthCheckPath,
        minTasks: res.minTasks,
        maxTasks: Math.max(res.maxTasks, res.minTasks),
        cpuTargetPercent: 60,
        spot,
      },
      rationale:
        `${name} ${why}: ECS Fargate (no servers to patch), ${size.fargate.cpu} CPU / ${size.fargate.memory} MiB` +
        (arm ? ' on Graviton (~20% cheaper; build the image for linux/arm64)' : ' on x86_64') +
        `, ${tasks}` +
        (spot ? ', Fargate Spot for most capacity' : '') +
        (serves
          ? `; public behind the shared load balancer, health check ${healthCheckPath}.`
          : wired?.wiring.role === 'internal'
            ? `; internal, reached by name through ECS Service Connect on port ${port}.`
            : '; a background worker, so no load balancer.') +
        build,
    },
  ];
  return out;
}

function lambdaComponents(s: ServiceProfile, name: string, why: string, ctx: RuleContext): Component[] {
  const language = s.languages.find((l) => l in LAMBDA_RUNTIME_BY_LANGUAGE) ?? 'javascript';
  const runtime = LAMBDA_RUNTIME_BY_LANGUAGE[language]!;
  return [
    {
      kind: 'lambda-function',
      service: name,
      parameters: {
        runtime,
        handler: LAMBDA_HANDLER_BY_RUNTIME[runtime] ?? 'index.handler',
        memoryMb: ctx.size.lambdaMemoryMb,
        timeoutSeconds: 30,
        architecture: 'arm64',
        reservedConcurrency: ctx.prod ? 100 : 10,
      },
      rationale: `${name} ${why}: Lambda (${runtime}, arm64, ${ctx.size.lambdaMemoryMb} MB) costs nothing when idle and scales per request.`,
    },
    {
      kind: 'api-gateway-http',
      service: name,
      parameters: { throttlingBurstLimit: ctx.prod ? 500 : 50, throttlingRateLimit: ctx.prod ? 1000 : 100 },
      rationale: `API Gateway HTTP API in front of ${name}: cheaper than REST APIs, with throttling and access logs.`,
    },
  ];
}

function staticComponents(s: ServiceProfile, name: string, why: string, ctx: RuleContext): Component[] {
  const spa = s.frameworks.some((f) => ['react', 'vue', 'angular', 'svelte', 'vite', 'create-react-app'].includes(f));
  return [
    {
      kind: 's3-static-site',
      service: name,
      parameters: { versioning: true, indexDocument: 'index.html', singlePageApp: spa },
      rationale: `${name} ${why}: a private, encrypted S3 bucket holds the build output; only CloudFront can read it.`,
    },
    {
      kind: 'cloudfront',
      service: name,
      parameters: { priceClass: ctx.tier === 'standard' ? 'PriceClass_All' : 'PriceClass_100', defaultTtlSeconds: 3600, waf: ctx.prod },
      rationale:
        `CloudFront serves ${name} over HTTPS through origin access control` +
        (ctx.prod ? ', with AWS WAF managed rules in production.' : '; WAF is left out outside production to save its fixed fee.'),
    },
  ];
}

const COMPUTE_BUILDERS: Record<ComputeChoice, ComputeBuilder> = {
  container: containerComponents,
  lambda: lambdaComponents,
  'static-site': staticComponents,
};

/** Datastores the application needs: detected in code plus those stated in inframate.md. */
export function wantedDatastores(profile: Profile, req: Requirements): string[] {
  const all = new Set([...profile.datastores, ...(req.datastores ?? []), ...(req.database ? [req.database] : [])]);
  return [...all].map((d) => d.toLowerCase());
}

function wantsAurora(req: Requirements): boolean {
  const text = [req.database ?? '', ...req.notes, req.description ?? ''].join(' ');
  return /aurora|serverless\s*v2/i.test(text);
}

type DatastoreRule = (ctx: RuleContext) => { components: Component[]; notes?: string[] };

/** Datastore id → managed service. Ids without an entry are reported as notes, never guessed. */
export const DATASTORE_RULES: Record<string, DatastoreRule> = {
  postgresql: (ctx) => ({ components: [relational('postgresql', ctx)] }),
  mysql: (ctx) => ({ components: [relational('mysql', ctx)] }),
  mariadb: (ctx) => ({
    components: [relational('mysql', ctx)],
    notes: [
      'MariaDB is served by RDS for MySQL 8 (wire-compatible for common use); switch the engine to "mariadb" if you rely on MariaDB-only features.',
    ],
  }),
  sqlserver: (ctx) => ({
    components: [sqlServer(ctx)],
    notes: [
      'RDS for SQL Server does not create the application database: create the database named in DATABASE_NAME at start-up (EF Core Database.Migrate() or a migration job). ' +
        'Instance hours include the SQL Server licence (license-included), which the bundled price table does not price.',
    ],
  }),
  redis: (ctx) => ({
    components: [
      {
        kind: 'elasticache-redis',
        parameters: {
          nodeType: ctx.size.cacheNode,
          replicas: ctx.res.multiAz ? 1 : 0,
          automaticFailover: ctx.res.multiAz,
          snapshotRetentionDays: ctx.prod ? 7 : 1,
        },
        rationale: `ElastiCache for Redis (${ctx.size.cacheNode}) in private subnets, encrypted at rest and in transit${ctx.res.multiAz ? ', with a replica and automatic failover' : ''}.`,
      },
    ],
  }),
  dynamodb: (ctx) => ({
    components: [
      {
        kind: 'dynamodb-table',
        parameters: {
          name: 'main',
          hashKey: 'pk',
          rangeKey: 'sk',
          billingMode: 'PAY_PER_REQUEST',
          readCapacity: 5,
          writeCapacity: 5,
          pointInTimeRecovery: true,
          deletionProtection: ctx.prod,
        },
        rationale:
          'DynamoDB table (on-demand, point-in-time recovery) with generic pk/sk keys; rename the keys to match the code’s table design.',
      },
    ],
  }),
  mongodb: (ctx) => ({
    components: [
      {
        kind: 'documentdb',
        parameters: {
          instanceClass: ctx.size.docdbClass,
          instances: ctx.res.instances,
          backupRetentionDays: ctx.backupDays,
          deletionProtection: ctx.prod,
        },
        rationale: `Amazon DocumentDB (${ctx.size.docdbClass} × ${ctx.res.instances}) for the MongoDB workload.`,
      },
    ],
    notes: [
      'DocumentDB implements the MongoDB 5.0 API only partially (no $where, limited aggregation stages, no client-side field-level encryption): test the application against it, or use MongoDB Atlas if it relies on missing features.',
    ],
  }),
  elasticsearch: (ctx) => ({
    components: [search(ctx)],
    notes: ['Elasticsearch clients must be compatible with OpenSearch 2.x (Elasticsearch 7.10 API).'],
  }),
  opensearch: (ctx) => ({ components: [search(ctx)] }),
};

/** Datastores with no generated component, and what to do instead. */
export const UNSUPPORTED_DATASTORES: Record<string, string> = {
  sqlite:
    'SQLite is a file on local disk: containers lose it on every deployment. Move the data to RDS (set `database: postgresql` in inframate.md).',
  h2: 'H2 is an embedded database; use RDS for persistent data.',
  memcached: 'Memcached is not generated; the Redis cache (ElastiCache) is a drop-in for most uses.',
  rabbitmq: 'RabbitMQ is not generated (Amazon MQ for RabbitMQ is the managed option); SQS replaces it for simple work queues.',
  kafka: 'Kafka is not generated (Amazon MSK is the managed option).',
  cassandra: 'Cassandra is not generated (Amazon Keyspaces is the managed, CQL-compatible option).',
};

function relational(engine: 'postgresql' | 'mysql', ctx: RuleContext): Component {
  const { size, res, req } = ctx;
  const label = engine === 'postgresql' ? 'PostgreSQL' : 'MySQL';
  if (wantsAurora(req)) {
    return {
      kind: 'aurora-serverless-v2',
      parameters: {
        engine: engine === 'postgresql' ? 'aurora-postgresql' : 'aurora-mysql',
        minCapacity: ctx.prod ? 0.5 : 0,
        maxCapacity: size.auroraMaxAcu,
        instances: res.instances,
        backupRetentionDays: ctx.backupDays,
        deletionProtection: ctx.prod,
      },
      rationale: `Aurora Serverless v2 (${label}) as inframate.md asks: scales between ${ctx.prod ? 0.5 : 0} and ${size.auroraMaxAcu} ACUs, ${res.instances} instance(s).`,
    };
  }
  const small = /micro|small/.test(size.rdsClass);
  const common = {
    instanceClass: size.rdsClass,
    allocatedStorageGb: size.rdsStorageGb,
    maxAllocatedStorageGb: size.rdsStorageGb * 5,
    multiAz: res.multiAz,
    backupRetentionDays: ctx.backupDays,
    deletionProtection: ctx.prod,
    performanceInsights: !small,
  };
  const rationale =
    `RDS for ${label} (${size.rdsClass}, Graviton, gp3 storage autoscaling to ${size.rdsStorageGb * 5} GB), encrypted, private, ` +
    `${res.multiAz ? 'Multi-AZ' : 'single-AZ'} for ${redundancyNote(ctx)}; the master password lives in Secrets Manager (managed by RDS).`;
  return engine === 'postgresql'
    ? { kind: 'rds-postgresql', parameters: { ...common, engineVersion: '16' }, rationale }
    : { kind: 'rds-mysql', parameters: { ...common, engineVersion: '8.0' }, rationale };
}

/**
 * RDS for SQL Server, licence included: Express (no licence fee, databases up to 10 GB, single-AZ
 * only) on small budgets and outside production sizing; Standard Edition otherwise, the cheapest
 * edition that offers Multi-AZ.
 */
function sqlServer(ctx: RuleContext): Component {
  const { size, res } = ctx;
  const { edition, instanceClass } = size.sqlserver;
  const express = edition === 'sqlserver-ex';
  const multiAz = !express && res.multiAz;
  const storage = size.rdsStorageGb;
  return {
    kind: 'rds-sqlserver',
    parameters: {
      edition,
      instanceClass,
      engineVersion: '16.00',
      allocatedStorageGb: storage,
      maxAllocatedStorageGb: storage * 5,
      multiAz,
      backupRetentionDays: ctx.backupDays,
      deletionProtection: ctx.prod,
      performanceInsights: !express,
    },
    rationale:
      `RDS for SQL Server 2022 ${express ? 'Express' : 'Standard'} Edition (${instanceClass}, licence included, ${ctx.tier} budget), encrypted, private, ` +
      `${multiAz ? 'Multi-AZ' : 'single-AZ'}` +
      (express ? ' (Express: no licence fee, 10 GB per database, no Multi-AZ)' : ` for ${redundancyNote(ctx)}`) +
      '; the master password lives in Secrets Manager (managed by RDS). Instance hours are not priced: licence-included SQL Server prices are not in the bundled table.',
  };
}

function search(ctx: RuleContext): Component {
  const count = ctx.res.multiAz ? 2 : 1;
  return {
    kind: 'opensearch',
    parameters: { instanceType: ctx.size.opensearchType, instanceCount: count, volumeGb: ctx.prod ? 100 : 20, zoneAwareness: count > 1 },
    rationale: `Amazon OpenSearch Service (${ctx.size.opensearchType} × ${count}) inside the VPC, encrypted, HTTPS only.`,
  };
}

/** Messaging ids the profile reports → components. */
const MESSAGING_RULES: Record<string, (ctx: RuleContext) => Component> = {
  sqs: (ctx) => ({
    kind: 'sqs-queue',
    parameters: {
      name: 'jobs',
      fifo: false,
      visibilityTimeoutSeconds: 60,
      messageRetentionSeconds: ctx.prod ? 1209600 : 345600,
      maxReceiveCount: 5,
    },
    rationale: 'The code uses SQS: a queue encrypted with SQS-managed keys, with a dead-letter queue after 5 failed receives.',
  }),
  sns: () => ({
    kind: 'sns-topic',
    parameters: { name: 'events' },
    rationale: 'The code publishes to SNS: a topic encrypted with the AWS-managed key.',
  }),
};

export interface RulesResult {
  components: Component[];
  notes: string[];
}

/** Retention periods stated in the free text of inframate.md ("Logs kept for 30 days", "backups: 14 days"). */
export const RETENTION_STATEMENTS: { key: 'logDays' | 'backupDays'; pattern: RegExp }[] = [
  { key: 'logDays', pattern: /\blogs?\b[^.\n]*?\b(\d{1,4})\s*days?\b/i },
  { key: 'backupDays', pattern: /\b(?:backups?|snapshots?)\b[^.\n]*?\b(\d{1,3})\s*days?\b/i },
];

export function statedRetention(req: Requirements): { logDays?: number; backupDays?: number } {
  const out: { logDays?: number; backupDays?: number } = {};
  for (const line of [...req.notes, req.description ?? '']) {
    for (const { key, pattern } of RETENTION_STATEMENTS) {
      const m = pattern.exec(line);
      if (m && out[key] === undefined) out[key] = Number(m[1]);
    }
  }
  return out;
}

export function buildRuleContext(profile: Profile, req: Requirements): RuleContext {
  const tier = tierFor(req);
  const stated = statedRetention(req);
  // CloudWatch accepts only some periods: the smallest allowed one that keeps at least what was asked.
  const logDays =
    (stated.logDays !== undefined ? LOG_RETENTION_DAYS.find((d) => d >= stated.logDays!) : undefined) ?? LOG_RETENTION[req.environment];
  const backupDays = stated.backupDays !== undefined ? Math.min(35, Math.max(1, stated.backupDays)) : BACKUP_RETENTION[req.environment];
  return {
    req,
    profile,
    tier,
    size: SIZING[tier],
    res: resilienceFor(req.availability, req.environment, tier),
    prod: req.environment === 'prod',
    logDays,
    backupDays,
    stated,
  };
}

/** Where a unit's start command is a declared run command (not inferred from a manifest). */
const DECLARED_RUN = new Set(['compose', 'procfile', 'kubernetes']);

/** Roles Inframate deploys as compute; every other role (test, seed, load generator…) gets nothing. */
const DEPLOYED_ROLES = new Set<UnitRole>(['web', 'internal', 'worker', 'static', 'function']);
const ROLE_COMPUTE: Partial<Record<UnitRole, ComputeChoice>> = { static: 'static-site', function: 'lambda' };

/** The profile service of a contract unit (same name, else same path), with the contract's facts on top. */
function serviceOfUnit(u: RunUnit, base: ServiceProfile[], profile: Profile): ServiceProfile {
  const s = base.find((x) => x.name === u.name) ?? base.find((x) => x.path === u.path);
  return {
    name: u.name,
    path: u.path,
    languages: s?.languages ?? profile.languages.map((l) => l.name),
    frameworks: s?.frameworks ?? [],
    datastores: u.datastores,
    port: u.listenPort ?? s?.port ?? null,
    dockerfile: u.image.dockerfile ?? s?.dockerfile ?? null,
    build: s?.build ?? null,
    start: u.start ?? s?.start ?? null,
    ...(s?.compute ? { compute: s.compute } : {}),
  };
}

/** Services to deploy: the profile's, else those inframate.md names; none for a library or an empty repository. */
function servicesOf(profile: Profile, req: Requirements): ServiceProfile[] {
  if (profile.services.length > 0) return profile.services;
  return req.services.map((r) => ({
    name: r.name,
    path: r.path ?? '.',
    languages: profile.languages.map((l) => l.name),
    frameworks: profile.frameworks,
    datastores: profile.datastores,
    port: r.port ?? null,
    dockerfile: profile.docker.dockerfiles[0] ?? null,
    build: null,
    start: null,
  }));
}

/** Shell syntax in a start command: it then runs through `sh -c` rather than split into arguments. */
const SHELL_SYNTAX = /["'`$&|;<>()\\*?~]/;

/** The container command of a start line: plain words become argv, anything shell-like runs via sh -c. */
export function commandOf(start: string): string[] {
  const line = start.trim();
  return SHELL_SYNTAX.test(line) ? ['sh', '-c', line] : line.split(/\s+/);
}

/** What determines a container image: the build context (service path) and the Dockerfile. */
const imageKey = (s: ServiceProfile) => `${s.path}\u0000${s.dockerfile ?? ''}`;

const servesHttp = (s: ServiceProfile) => s.port !== null || s.frameworks.some((f) => SERVER_FRAMEWORKS.has(f));

export function applyRules(profile: Profile, req: Requirements, contract?: RunContract): RulesResult {
  const ctx = buildRuleContext(profile, req);
  const notes: string[] = [];
  const compute: Component[] = [];
  const used = new Set<string>();
  const base = servicesOf(profile, req);
  const fnPlan = serverlessPlan(contract, ctx);
  if (contract?.selfDeployed && !fnPlan?.compute.length) {
    const where = contract.selfDeployed.evidence[0];
    notes.push(
      `The repository deploys itself with ${contract.selfDeployed.tool}${where ? ` (${where.file}${where.line ? `:${where.line}` : ''})` : ''}: ` +
        'Inframate generates no compute, network or datastores that would conflict with it, only shared monitoring.',
    );
  }
  const rc = contract ?? contractFromProfile(profile, base, servesHttp);
  if (!contract) {
    notes.push(
      'No run contract was built: services get conventional variable names (DATABASE_URL, REDIS_URL, MONGODB_URI…) for their datastores; check them against what the code reads.',
    );
  }
  const units = contract?.selfDeployed
    ? []
    : rc.units.filter((u) => u.deployed && DEPLOYED_ROLES.has(u.role) && !(fnPlan?.compute.length && fnPlan.covers(u)));
  // Serverless layouts: the handlers become functions behind one HTTP API (src/recommend/serverless.ts).
  if (fnPlan) notes.push(...fnPlan.notes);
  compute.push(...(fnPlan?.compute ?? []));
  for (const x of rc.excluded) notes.push(`Left out: ${x.name} (${x.role}): ${x.reason}.`);
  const services = units.map((u) => ({ unit: u, s: contract ? serviceOfUnit(u, base, profile) : base.find((b) => b.name === u.name)! }));
  // Names first: wiring refers to other units by their component name and port.
  const names = new Map<string, string>();
  for (const { unit } of services) {
    let name = awsName(unit.name, 20);
    for (let i = 2; used.has(name); i++) name = `${awsName(unit.name, 17)}-${i}`;
    used.add(name);
    names.set(unit.name, name);
  }
  const ports = new Map(services.map(({ unit, s }) => [unit.name, containerPort(s)]));
  // Other units often name a unit by its folder (src/currencyservice) rather than its package name.
  for (const { unit, s } of services) {
    const folder = unit.path.split('/').pop() ?? '';
    if (folder && folder !== '.' && !names.has(folder)) {
      names.set(folder, names.get(unit.name)!);
      ports.set(folder, containerPort(s));
    }
  }
  // Container services built from the same context and Dockerfile run one image: the first owns it.
  const imageOwners = new Map<string, string>();
  for (const { unit, s } of services) {
    const name = names.get(unit.name)!;
    const forced = ROLE_COMPUTE[unit.role];
    const { choice, why } =
      forced && !ctx.req.services.find((r) => r.name === s.name)?.compute ? { choice: forced, why: unit.roleReason } : classify(s, ctx);
    const image = choice === 'container' ? imageKey(s) : undefined;
    const owner = image === undefined ? undefined : imageOwners.get(image);
    if (image !== undefined && owner === undefined) imageOwners.set(image, name);
    let wired: { unit: RunUnit; wiring: NonNullable<Component['wiring']> } | undefined;
    if (choice === 'container') {
      const w = wiringFor({ unit, languages: s.languages, services: names, ports, datastores: unit.datastores, all: rc.units });
      wired = { unit, wiring: w.wiring };
      notes.push(...w.notes);
    }
    compute.push(...COMPUTE_BUILDERS[choice](s, name, why, ctx, owner, wired));
  }
  const publicServices = compute.filter((c) => c.kind === 'ecs-fargate-service' && c.wiring?.role === 'web');
  if (publicServices.length > 0) {
    compute.push({
      kind: 'alb',
      parameters: { idleTimeoutSeconds: 60, deletionProtection: ctx.prod, waf: ctx.prod },
      rationale:
        `One Application Load Balancer for the environment terminates TLS and routes by host name to ${publicServices.map((c) => c.service).join(', ')}` +
        (ctx.prod ? '; AWS WAF managed rules filter common attacks in production.' : '.'),
    });
  }
  // A repository that deploys itself has its own note (above): it is not a library.
  if (compute.length === 0 && !contract?.selfDeployed) {
    notes.push(
      'No deployable service was detected (a library, or an empty repository?): only shared monitoring is generated. Name the services in inframate.md to deploy them.',
    );
  }
  if (profile.iac.terraform.length > 0) {
    notes.push(
      `The repository already has Terraform (${profile.iac.terraform.slice(0, 3).join(', ')}): review the generated module against it before applying, so nothing is created twice.`,
    );
  }
  if (req.compute && !(req.compute in COMPUTE_REQUIREMENT)) {
    notes.push(`inframate.md asks for ${req.compute}, which is not generated; containerized services use ECS Fargate instead.`);
  }

  const data: Component[] = [...(fnPlan?.data ?? [])];
  // With a run contract: the datastores the deployed units use (one per datastore, not per profile file).
  const stores = contract
    ? [
        ...new Set([
          ...units.flatMap((u) => u.datastores),
          ...(fnPlan?.datastores ?? []),
          ...(req.datastores ?? []),
          ...(req.database ? [req.database] : []),
        ]),
      ].map((d) => d.toLowerCase())
    : wantedDatastores(profile, req);
  // Nothing to run (a library, a self-deployed repository, only excluded units): no datastores either.
  const nothingRuns = contract !== undefined && compute.length === 0;
  if (nothingRuns && stores.length > 0 && !contract?.selfDeployed)
    notes.push(`No unit is deployed, so the datastores it would use (${stores.join(', ')}) are not generated either.`);
  for (const id of nothingRuns || contract?.selfDeployed ? [] : stores.filter((d) => !fnPlan?.handled.has(d))) {
    const rule = DATASTORE_RULES[id];
    if (rule) {
      const out = rule(ctx);
      for (const c of out.components) if (!data.some((d) => d.kind === c.kind)) data.push(c);
      notes.push(...(out.notes ?? []));
    } else if (UNSUPPORTED_DATASTORES[id]) notes.push(UNSUPPORTED_DATASTORES[id]);
    else notes.push(`Datastore "${id}" has no managed equivalent in the generated module.`);
  }
  for (const m of nothingRuns || contract?.selfDeployed ? [] : (profile.messaging ?? [])) {
    const rule = MESSAGING_RULES[m];
    if (rule) data.push(rule(ctx));
    else if (UNSUPPORTED_DATASTORES[m]) notes.push(UNSUPPORTED_DATASTORES[m]);
  }

  const managedSecretDb = data.some((c) => MANAGED_SECRET_KINDS.has(c.kind));
  if (managedSecretDb && compute.some((c) => c.kind === 'ecs-fargate-service' || c.kind === 'lambda-function')) {
    notes.push(
      'Database passwords are generated at apply time and written only to the database and to its connection secret (write-only arguments: never in Terraform state). ' +
        'Services get the password, or a URL embedding it, through per-key `valueFrom` of that secret. Automatic rotation is off so a rotation cannot break running tasks: ' +
        'to rotate, increase the `*_password_version` variable, apply, and let the deploy workflow roll the services.',
    );
  }

  const needsVpc = [...compute, ...data].some((c) => VPC_KINDS.has(c.kind));
  const shared: Component[] = [];
  if (needsVpc) {
    shared.push({
      kind: 'vpc',
      parameters: { cidr: '10.0.0.0/16', azCount: ctx.res.azCount, singleNatGateway: ctx.res.singleNatGateway, flowLogs: true },
      rationale:
        `VPC across ${ctx.res.azCount} AZs with public subnets (load balancers, NAT) and private subnets (tasks, databases); ` +
        (ctx.res.singleNatGateway
          ? `one NAT gateway to save ~$33/month per AZ (${ctx.tier} budget).`
          : 'one NAT gateway per AZ so egress survives an AZ outage.'),
    });
  }
  if (compute.some((c) => c.kind === 'ecs-fargate-service')) {
    shared.push({
      kind: 'ecs-cluster',
      parameters: { containerInsights: ctx.prod },
      rationale: `One ECS cluster for all services${ctx.prod ? ', with Container Insights' : ''}.`,
    });
  }
  const appSecrets = [
    ...new Set(compute.flatMap((c) => (c.wiring?.env ?? []).flatMap((e) => (e.from === 'app-secret' ? [appSecretName(e.name)] : [])))),
  ];
  if (appSecrets.length > 0) {
    shared.push({
      kind: 'secrets',
      parameters: { names: appSecrets, recoveryWindowDays: ctx.prod ? 30 : 7 },
      rationale: `Secrets Manager holds the application secrets the code reads (${appSecrets.join(', ')}): generated at apply time, injected at run time, never in Terraform state.`,
    });
  }
  const deploys = compute.some(
    (c) => c.kind === 'ecs-fargate-service' || c.kind === 's3-static-site' || (c.kind === 'lambda-function' && c.parameters.functions),
  );
  if (deploys) {
    shared.push({
      kind: 'github-deploy',
      parameters: { branch: 'main' },
      rationale:
        'GitHub Actions deploys through OIDC (no stored keys): a role only the main branch of the repository can assume, allowed to ' +
        (!compute.some((c) => c.kind === 'lambda-function')
          ? 'push these images, run one-off tasks, roll these services and sync these sites.'
          : compute.some((c) => c.kind === 'ecs-fargate-service' || c.kind === 's3-static-site')
            ? 'push these images, run one-off tasks, roll these services, sync these sites and update the code of these functions.'
            : 'update the code of these functions.'),
    });
  }
  shared.push({
    kind: 'observability',
    parameters: { logRetentionDays: ctx.logDays, alarms: true },
    rationale:
      `CloudWatch log groups kept ${ctx.logDays} days` +
      (ctx.stated.logDays ? ' (as inframate.md asks)' : ` (${req.environment} default)`) +
      ' and basic alarms (CPU, 5xx, storage) notifying an SNS topic.',
  });

  const components = [...shared, ...compute, ...data];
  // Rationales name services and secrets: long lists are cut to the vocabulary's 500 characters.
  for (const c of components) if (c.rationale.length > 500) c.rationale = `${c.rationale.slice(0, 497)}…`;
  // The vocabulary is the contract: a rule emitting out-of-range parameters is our bug, caught here.
  for (const c of components) componentSchema.parse(c);
  return { components, notes: [...new Set(notes)] };
}

/** Datastores whose master password RDS / DocumentDB manage (and rotate) in Secrets Manager. */
const MANAGED_SECRET_KINDS = new Set(['rds-postgresql', 'rds-mysql', 'rds-sqlserver', 'aurora-serverless-v2', 'documentdb']);
const VPC_KINDS = new Set([
  'ecs-fargate-service',
  'rds-postgresql',
  'rds-mysql',
  'rds-sqlserver',
  'aurora-serverless-v2',
  'elasticache-redis',
  'documentdb',
  'opensearch',
]);
