// The closed vocabulary of architecture components. The rules engine emits only these kinds, the
// AI refinement may only adjust parameters inside these schemas, and every template is keyed by
// kind. Parameters are closed enums and bounded ranges so that no value coming from a repository
// or an LLM can introduce an arbitrary instance type, an absurd size or an unknown key.
import { z } from 'zod';

export const COMPONENT_KINDS = [
  'vpc',
  'ecs-cluster',
  'ecr-repository',
  'ecs-fargate-service',
  'alb',
  'lambda-function',
  'api-gateway-http',
  's3-static-site',
  'cloudfront',
  'rds-postgresql',
  'rds-mysql',
  'rds-sqlserver',
  'aurora-serverless-v2',
  'elasticache-redis',
  'dynamodb-table',
  'documentdb',
  'opensearch',
  'sqs-queue',
  'sns-topic',
  'secrets',
  'observability',
  'github-deploy',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const ARCHITECTURES = ['arm64', 'x86_64'] as const;
export const LOG_RETENTION_DAYS = [7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 3653] as const;

export const RDS_INSTANCE_CLASSES = [
  'db.t4g.micro',
  'db.t4g.small',
  'db.t4g.medium',
  'db.t4g.large',
  'db.t3.micro',
  'db.t3.small',
  'db.t3.medium',
  'db.t3.large',
  'db.m7g.large',
  'db.m7g.xlarge',
  'db.m7g.2xlarge',
  'db.m6i.large',
  'db.m6i.xlarge',
  'db.r7g.large',
  'db.r7g.xlarge',
  'db.r7g.2xlarge',
  'db.r6i.large',
] as const;

/**
 * RDS for SQL Server has no Graviton classes. Express runs on the burstable t3 classes only;
 * Standard Edition needs at least 4 vCPUs on t3 (xlarge) or 2 on m6i/r6i.
 */
export const SQLSERVER_EXPRESS_CLASSES = ['db.t3.small', 'db.t3.medium', 'db.t3.large', 'db.t3.xlarge'] as const;
export const SQLSERVER_STANDARD_CLASSES = [
  'db.t3.xlarge',
  'db.m6i.large',
  'db.m6i.xlarge',
  'db.m6i.2xlarge',
  'db.r6i.large',
  'db.r6i.xlarge',
] as const;
export const SQLSERVER_INSTANCE_CLASSES = [...new Set([...SQLSERVER_EXPRESS_CLASSES, ...SQLSERVER_STANDARD_CLASSES])] as [
  (typeof SQLSERVER_EXPRESS_CLASSES)[number] | (typeof SQLSERVER_STANDARD_CLASSES)[number],
  ...((typeof SQLSERVER_EXPRESS_CLASSES)[number] | (typeof SQLSERVER_STANDARD_CLASSES)[number])[],
];
/** License-included editions: Express (free licence, 10 GB per database, no Multi-AZ) and Standard. */
export const SQLSERVER_EDITIONS = ['sqlserver-ex', 'sqlserver-se'] as const;
/** Major versions (RDS picks the newest minor): SQL Server 2022 and 2019. */
export const SQLSERVER_VERSIONS = ['16.00', '15.00'] as const;

export const DOCDB_INSTANCE_CLASSES = [
  'db.t4g.medium',
  'db.t3.medium',
  'db.r6g.large',
  'db.r6g.xlarge',
  'db.r7g.large',
  'db.r7g.xlarge',
] as const;

export const CACHE_NODE_TYPES = [
  'cache.t4g.micro',
  'cache.t4g.small',
  'cache.t4g.medium',
  'cache.t3.micro',
  'cache.t3.small',
  'cache.t3.medium',
  'cache.m7g.large',
  'cache.m7g.xlarge',
  'cache.r7g.large',
  'cache.r7g.xlarge',
] as const;

export const OPENSEARCH_INSTANCE_TYPES = [
  't3.small.search',
  't3.medium.search',
  'm7g.large.search',
  'm7g.xlarge.search',
  'r7g.large.search',
  'r7g.xlarge.search',
] as const;

export const LAMBDA_RUNTIMES = [
  'nodejs22.x',
  'nodejs20.x',
  'python3.13',
  'python3.12',
  'java21',
  'java17',
  'ruby3.3',
  'dotnet8',
  'provided.al2023',
] as const;

export const POSTGRES_VERSIONS = ['17', '16', '15'] as const;
export const MYSQL_VERSIONS = ['8.4', '8.0'] as const;

/** Fargate's valid task sizes: CPU units → allowed memory (MiB). */
export const FARGATE_MEMORY_BY_CPU: Record<number, readonly number[]> = {
  256: [512, 1024, 2048],
  512: [1024, 2048, 3072, 4096],
  1024: [2048, 3072, 4096, 5120, 6144, 7168, 8192],
  2048: Array.from({ length: 13 }, (_, i) => 4096 + i * 1024),
  4096: Array.from({ length: 23 }, (_, i) => 8192 + i * 1024),
};

const int = (min: number, max: number) => z.number().int().min(min).max(max);
/** Names that end up in resource names and Terraform identifiers: lowercase, short, safe. */
/** Short AWS-safe names (Service Connect aliases, component names). */
export const SHORT_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const shortName = z.string().regex(SHORT_NAME, 'lowercase letters, digits and dashes, 2–32 characters, starting with a letter');
const attributeName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/, 'an attribute name of letters, digits, _ . -');
const httpPath = z.string().regex(/^\/[A-Za-z0-9._~/-]{0,127}$/, 'an absolute URL path');
const retention = z.union(LOG_RETENTION_DAYS.map((d) => z.literal(d)) as unknown as [z.ZodLiteral<number>, z.ZodLiteral<number>]);
const cidr16to24 = z
  .string()
  .regex(
    /^(10\.\d{1,3}\.0\.0\/16|172\.(1[6-9]|2\d|3[01])\.0\.0\/16|192\.168\.0\.0\/16)$/,
    'a private /16 CIDR (10.x.0.0/16, 172.16-31.0.0/16 or 192.168.0.0/16)',
  );

const lambdaHandler = z.string().regex(/^[A-Za-z0-9_.:$/-]{1,128}$/, 'a handler like index.handler');
const repoPath = z.string().regex(/^(?!\.\.?\/)(?!\/)[A-Za-z0-9_.@/+-]{1,300}$/, 'a path inside the repository');
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'ANY'] as const;
/** One function of a serverless layout: names, paths and routes come from the repository, so every field is bounded. */
export const lambdaFunctionSchema = z.strictObject({
  /** Key of the function (function name suffix, map key). */
  name: shortName,
  handler: lambdaHandler,
  runtime: z.enum(LAMBDA_RUNTIMES),
  /** The handler's code file, and the folder packaged with it (Python) — relative to the repository root. */
  source: repoPath,
  codeDir: z.union([z.literal('.'), repoPath]),
  /** HTTP API routes ("GET /notes/{id}") integrated with this function. */
  routes: z.array(z.strictObject({ method: z.enum(HTTP_METHODS), path: z.string().regex(/^\/[A-Za-z0-9._~{}+/-]{0,255}$/) })).max(100),
  /** Lambda proxy payload: 1.0 for handlers written for a REST API (event.httpMethod), 2.0 for HTTP APIs. */
  payloadFormat: z.enum(['1.0', '2.0']),
  /** Variables set to a generated DynamoDB table's name (the table component's `name`). */
  tables: z.array(z.strictObject({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/), table: shortName })).max(20),
});
export type LambdaFunctionSpec = z.infer<typeof lambdaFunctionSchema>;

/**
 * Each kind's parameter schema is built on its first use (schemas are objects built at run time, and a
 * command meets a few kinds of the 22): a start that loads the vocabulary does not pay for all of them.
 */
const PARAMETER_SCHEMAS = {
  vpc: () =>
    z.strictObject({
      cidr: cidr16to24,
      azCount: int(2, 3),
      /** One NAT gateway for all AZs (cheaper, one AZ's failure cuts egress) or one per AZ. */
      singleNatGateway: z.boolean(),
      flowLogs: z.boolean(),
    }),
  'ecs-cluster': () =>
    z.strictObject({
      containerInsights: z.boolean(),
    }),
  'ecr-repository': () =>
    z.strictObject({
      scanOnPush: z.boolean(),
      imageTagMutability: z.enum(['IMMUTABLE', 'MUTABLE']),
      keepImages: int(1, 1000),
    }),
  'ecs-fargate-service': () =>
    z
      .strictObject({
        cpu: z.union([z.literal(256), z.literal(512), z.literal(1024), z.literal(2048), z.literal(4096)]),
        memory: int(512, 30720),
        architecture: z.enum(ARCHITECTURES),
        containerPort: int(1, 65535),
        healthCheckPath: httpPath,
        minTasks: int(1, 50),
        maxTasks: int(1, 200),
        cpuTargetPercent: int(20, 90),
        /** Run part of the capacity on Fargate Spot (interruptible, ~70% cheaper). */
        spot: z.boolean(),
      })
      .superRefine((p, ctx) => {
        if (!(FARGATE_MEMORY_BY_CPU[p.cpu] ?? []).includes(p.memory)) {
          ctx.addIssue({
            code: 'custom',
            path: ['memory'],
            message: `memory ${p.memory} MiB is not valid with ${p.cpu} CPU units on Fargate (valid: ${(FARGATE_MEMORY_BY_CPU[p.cpu] ?? []).join(', ')})`,
          });
        }
        if (p.maxTasks < p.minTasks) ctx.addIssue({ code: 'custom', path: ['maxTasks'], message: 'maxTasks must be ≥ minTasks' });
      }),
  alb: () =>
    z.strictObject({
      idleTimeoutSeconds: int(1, 4000),
      deletionProtection: z.boolean(),
      /** AWS WAF with the managed common and known-bad-inputs rule sets in front of the load balancer. */
      waf: z.boolean(),
    }),
  'lambda-function': () =>
    z.strictObject({
      runtime: z.enum(LAMBDA_RUNTIMES),
      handler: lambdaHandler,
      memoryMb: int(128, 10240),
      timeoutSeconds: int(1, 900),
      architecture: z.enum(ARCHITECTURES),
      reservedConcurrency: int(-1, 1000),
      /**
       * The repository's handlers (serverless layouts): one function each, generated from one module
       * with for_each. Absent: one function of `runtime`/`handler` named after the service.
       */
      functions: z.array(lambdaFunctionSchema).min(1).max(200).optional(),
    }),
  'api-gateway-http': () =>
    z.strictObject({
      throttlingBurstLimit: int(1, 10000),
      throttlingRateLimit: int(1, 10000),
    }),
  's3-static-site': () =>
    z.strictObject({
      versioning: z.boolean(),
      indexDocument: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
      /** Single-page apps route every unknown path to the index document. */
      singlePageApp: z.boolean(),
    }),
  cloudfront: () =>
    z.strictObject({
      priceClass: z.enum(['PriceClass_100', 'PriceClass_200', 'PriceClass_All']),
      defaultTtlSeconds: int(0, 31536000),
      waf: z.boolean(),
    }),
  'rds-postgresql': () =>
    z.strictObject({
      instanceClass: z.enum(RDS_INSTANCE_CLASSES),
      engineVersion: z.enum(POSTGRES_VERSIONS),
      allocatedStorageGb: int(20, 65536),
      maxAllocatedStorageGb: int(20, 65536),
      multiAz: z.boolean(),
      backupRetentionDays: int(1, 35),
      deletionProtection: z.boolean(),
      performanceInsights: z.boolean(),
    }),
  'rds-mysql': () =>
    z.strictObject({
      instanceClass: z.enum(RDS_INSTANCE_CLASSES),
      engineVersion: z.enum(MYSQL_VERSIONS),
      allocatedStorageGb: int(20, 65536),
      maxAllocatedStorageGb: int(20, 65536),
      multiAz: z.boolean(),
      backupRetentionDays: int(1, 35),
      deletionProtection: z.boolean(),
      performanceInsights: z.boolean(),
    }),
  'rds-sqlserver': () =>
    z
      .strictObject({
        edition: z.enum(SQLSERVER_EDITIONS),
        instanceClass: z.enum(SQLSERVER_INSTANCE_CLASSES),
        engineVersion: z.enum(SQLSERVER_VERSIONS),
        allocatedStorageGb: int(20, 16384),
        maxAllocatedStorageGb: int(20, 16384),
        multiAz: z.boolean(),
        backupRetentionDays: int(1, 35),
        deletionProtection: z.boolean(),
        performanceInsights: z.boolean(),
      })
      .superRefine((p, ctx) => {
        const allowed: readonly string[] = p.edition === 'sqlserver-ex' ? SQLSERVER_EXPRESS_CLASSES : SQLSERVER_STANDARD_CLASSES;
        if (!allowed.includes(p.instanceClass)) {
          ctx.addIssue({
            code: 'custom',
            path: ['instanceClass'],
            message: `${p.instanceClass} is not offered for ${p.edition} (valid: ${allowed.join(', ')})`,
          });
        }
        // Express has no Multi-AZ option (no mirroring or Always On).
        if (p.edition === 'sqlserver-ex' && p.multiAz)
          ctx.addIssue({ code: 'custom', path: ['multiAz'], message: 'Express has no Multi-AZ' });
        if (p.maxAllocatedStorageGb < p.allocatedStorageGb) {
          ctx.addIssue({ code: 'custom', path: ['maxAllocatedStorageGb'], message: 'maxAllocatedStorageGb must be ≥ allocatedStorageGb' });
        }
      }),
  'aurora-serverless-v2': () =>
    z
      .strictObject({
        engine: z.enum(['aurora-postgresql', 'aurora-mysql']),
        minCapacity: z.number().min(0).max(256).multipleOf(0.5),
        maxCapacity: z.number().min(1).max(256).multipleOf(0.5),
        instances: int(1, 3),
        backupRetentionDays: int(1, 35),
        deletionProtection: z.boolean(),
      })
      .refine((p) => p.maxCapacity >= p.minCapacity, { path: ['maxCapacity'], message: 'maxCapacity must be ≥ minCapacity' }),
  'elasticache-redis': () =>
    z.strictObject({
      nodeType: z.enum(CACHE_NODE_TYPES),
      replicas: int(0, 5),
      automaticFailover: z.boolean(),
      snapshotRetentionDays: int(0, 35),
    }),
  'dynamodb-table': () =>
    z.strictObject({
      name: shortName,
      hashKey: attributeName,
      rangeKey: attributeName.optional(),
      billingMode: z.enum(['PAY_PER_REQUEST', 'PROVISIONED']),
      readCapacity: int(1, 40000),
      writeCapacity: int(1, 40000),
      pointInTimeRecovery: z.boolean(),
      deletionProtection: z.boolean(),
    }),
  documentdb: () =>
    z.strictObject({
      instanceClass: z.enum(DOCDB_INSTANCE_CLASSES),
      instances: int(1, 3),
      backupRetentionDays: int(1, 35),
      deletionProtection: z.boolean(),
    }),
  opensearch: () =>
    z.strictObject({
      instanceType: z.enum(OPENSEARCH_INSTANCE_TYPES),
      instanceCount: int(1, 10),
      volumeGb: int(10, 1024),
      zoneAwareness: z.boolean(),
    }),
  'sqs-queue': () =>
    z.strictObject({
      name: shortName,
      fifo: z.boolean(),
      visibilityTimeoutSeconds: int(0, 43200),
      messageRetentionSeconds: int(60, 1209600),
      maxReceiveCount: int(1, 100),
    }),
  'sns-topic': () =>
    z.strictObject({
      name: shortName,
    }),
  secrets: () =>
    z.strictObject({
      /** Application secrets created empty; values are set out of band, never in Terraform. */
      names: z.array(shortName).max(100),
      recoveryWindowDays: z.union([z.literal(0), int(7, 30)]),
    }),
  observability: () =>
    z.strictObject({
      logRetentionDays: retention,
      alarms: z.boolean(),
    }),
  /** GitHub OIDC provider and a deploy role limited to one repository branch (push images, roll services, sync sites). */
  'github-deploy': () =>
    z.strictObject({
      branch: z.string().regex(/^[A-Za-z0-9._/-]{1,100}$/, 'a branch name'),
    }),
} satisfies Record<ComponentKind, () => z.ZodType>;

/** Property `key` of `target` computes its value with `build` on first read, then keeps it. */
function defineBuiltOnFirstUse(target: object, key: string, build: () => unknown): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

type ParameterSchemas = { [K in ComponentKind]: ReturnType<(typeof PARAMETER_SCHEMAS)[K]> };
/** The parameter schema of each kind (built on first use, see PARAMETER_SCHEMAS). */
export const componentParameterSchemas: ParameterSchemas = (() => {
  const out = {};
  for (const kind of COMPONENT_KINDS) defineBuiltOnFirstUse(out, kind, PARAMETER_SCHEMAS[kind]);
  return out as ParameterSchemas;
})();

export type ComponentParameters = { [K in ComponentKind]: z.infer<(typeof componentParameterSchemas)[K]> };

/** A component of the recommended architecture; `parameters` is typed by `kind`. */
export type Component = {
  [K in ComponentKind]: {
    kind: K;
    /** The profiled service this component serves (absent for shared components). */
    service?: string;
    /**
     * Compute only: the service whose image this one runs (same build context and Dockerfile, its
     * own command, e.g. a queue worker next to the web app). It reuses that service's ECR repository
     * and image tag instead of getting its own. Set by the rules, outside `parameters`, so the AI
     * refinement cannot rewire it.
     */
    imageFrom?: string;
    /** Compute only: the command the container runs instead of the image's default (a worker sharing an image). */
    command?: string[];
    /** ECS services: what the run contract says the unit needs (variables, role, aliases, one-offs). */
    wiring?: ServiceWiring;
    parameters: ComponentParameters[K];
    /** One line: why this component, with these parameters. */
    rationale: string;
    /** Monthly estimate (USD) of the resources generated for it, once priced; null when usage-based only. */
    monthlyCost?: number | null;
  };
}[ComponentKind];

export type ComponentOf<K extends ComponentKind> = Extract<Component, { kind: K }>;

export const serviceNameSchema = shortName;

/** Datastores a variable can point at (profile ids served by a generated component). */
export const WIRED_STORES = ['postgresql', 'mysql', 'mariadb', 'sqlserver', 'redis', 'mongodb', 'opensearch', 'elasticsearch'] as const;
const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/, 'an environment variable name');
/**
 * How one environment variable of a container is filled. Set by the rules from the run contract,
 * resolved into Terraform expressions by the renderer (catalog `connection`); no free-form
 * expression can be expressed, so neither a repository nor the AI can inject Terraform.
 */
export const wiredEnvSchema = z.discriminatedUnion('from', [
  z.strictObject({ name: envName, from: z.literal('literal'), value: z.string().max(1024) }),
  z.strictObject({
    name: envName,
    from: z.literal('datastore'),
    store: z.enum(WIRED_STORES),
    field: z.enum(['host', 'port', 'user', 'name', 'address', 'jdbc-url', 'cache-url', 'broker-url', 'search-url']),
  }),
  /** A key of the datastore's connection secret (password, or a URL embedding it): `valueFrom` …:KEY:: */
  z.strictObject({
    name: envName,
    from: z.literal('datastore-secret'),
    store: z.enum(WIRED_STORES),
    key: z.enum(['password', 'username', 'url', 'url_no_verify', 'url_asyncpg', 'url_mysql2']),
  }),
  /** A generated application secret (random, kept in Secrets Manager, shared by every unit reading the name). */
  /** `fill: 'team'`: a third-party credential (Cloudflare, Stripe, OAuth): created with a random placeholder the team replaces. */
  z.strictObject({ name: envName, from: z.literal('app-secret'), length: int(16, 128), fill: z.literal('team').optional() }),
  /** Another unit's address through ECS Service Connect. */
  z.strictObject({
    name: envName,
    from: z.literal('service'),
    unit: shortName,
    port: int(1, 65535),
    scheme: z.enum(['', 'http', 'grpc']),
  }),
  z.strictObject({ name: envName, from: z.enum(['region', 'public-url', 'public-host']) }),
]);
export type WiredEnv = z.infer<typeof wiredEnvSchema>;

/** Run-contract facts of a container service that generation needs (rules only; the AI cannot set them). */
export const serviceWiringSchema = z.strictObject({
  /** web: behind the shared load balancer; internal: reachable by name only (Service Connect); worker: no inbound. */
  role: z.enum(['web', 'internal', 'worker']),
  protocol: z.enum(['http', 'grpc', 'tcp', 'none']),
  healthGraceSeconds: int(0, 1800),
  /** Names other units use to reach it (its own name, hard-coded hosts like "cartservice"). */
  aliases: z.array(shortName).max(10),
  /** Services it calls (their names): security groups allow this traffic. */
  calls: z.array(shortName).max(50),
  env: z.array(wiredEnvSchema).max(200),
  /**
   * Host names the code hard-codes for a datastore (compose's `db`): resolved inside the VPC by a private
   * hosted zone (CNAME to the managed endpoint) that the VPC's DHCP options put on the DNS search list.
   */
  datastoreHosts: z
    .array(z.strictObject({ host: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'a DNS label'), store: z.enum(WIRED_STORES) }))
    .max(10)
    .optional(),
  /** One-off commands run before the services roll (migrations), in order. */
  oneOff: z.array(z.strictObject({ kind: z.string().max(32), command: z.string().min(1).max(1024) })).max(10),
  /** The image recipe: the repository's Dockerfile and build context, or a generated Dockerfile. */
  image: z.strictObject({
    dockerfile: z.string().max(300).nullable(),
    context: z.string().max(300),
    target: z.string().max(100).optional(),
    generated: z.boolean(),
  }),
});
export type ServiceWiring = z.infer<typeof serviceWiringSchema>;

/** One kind's component schema (built on first use). */
const componentSchemaOfKind = new Map<ComponentKind, z.ZodObject>();
function kindSchema(kind: ComponentKind): z.ZodObject {
  let schema = componentSchemaOfKind.get(kind);
  if (!schema) {
    schema = z.strictObject({
      kind: z.literal(kind),
      service: z.string().min(1).max(64).optional(),
      imageFrom: z.string().min(1).max(64).optional(),
      command: z.array(z.string().min(1).max(1024)).min(1).max(64).optional(),
      wiring: serviceWiringSchema.optional(),
      parameters: componentParameterSchemas[kind],
      rationale: z.string().min(1).max(500),
      monthlyCost: z.number().nonnegative().nullable().optional(),
    });
    componentSchemaOfKind.set(kind, schema);
  }
  return schema;
}

let wholeUnion: z.ZodType<Component> | undefined;
/** The kind-discriminated union of every kind (built on first use: only input without a known kind needs it). */
const componentUnion = (): z.ZodType<Component> =>
  (wholeUnion ??= z.discriminatedUnion(
    'kind',
    COMPONENT_KINDS.map(kindSchema) as unknown as [z.ZodObject, ...z.ZodObject[]],
  ) as unknown as z.ZodType<Component>);

/**
 * The schema for a value: a plain object of a known kind goes straight to its kind's schema, which is
 * exactly what the discriminated union does with it (same result, same issues); anything else to the union.
 */
function schemaFor(value: unknown): z.ZodType<Component> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const kind = (value as { kind?: unknown }).kind;
    if (isComponentKind(kind)) return kindSchema(kind) as unknown as z.ZodType<Component>;
  }
  return componentUnion();
}

/**
 * Zod-style schema of one component (kind-discriminated), for validating untrusted input such as LLM
 * output: `parse` and `safeParse` as the discriminated union of every kind gives them, each kind's schema
 * built only when a value of that kind is met.
 */
export const componentSchema = {
  parse: (value: unknown): Component => schemaFor(value).parse(value),
  safeParse: (value: unknown) => schemaFor(value).safeParse(value),
  /** The whole union (every kind built). */
  union: componentUnion,
};

export const isComponentKind = (v: unknown): v is ComponentKind =>
  typeof v === 'string' && (COMPONENT_KINDS as readonly string[]).includes(v);

/** Validate the parameters of a kind; throws a ZodError naming the offending field. */
export function parseParameters<K extends ComponentKind>(kind: K, parameters: unknown): ComponentParameters[K] {
  return componentParameterSchemas[kind].parse(parameters) as ComponentParameters[K];
}

/** Stable key of a component inside an architecture (one per kind and service/name). */
export function componentKey(c: Component): string {
  const name = 'name' in c.parameters && typeof c.parameters.name === 'string' ? c.parameters.name : undefined;
  return [c.kind, c.service, name].filter(Boolean).join(':');
}
