// The run contract: what each deployable unit of a repository needs to start and serve, read from
// its code and configuration with file:line evidence. It sits between the profile and the
// recommendation: generation wires exactly these names, and the deployability gate checks them.

import type { ServerlessLayout } from './functions/types';

/** Where a fact was read: a path relative to the repository root and a 1-based line. */
export interface Evidence {
  file: string;
  line?: number;
  /** The text that showed it (redacted, at most one line). */
  excerpt?: string;
}

/** What an environment variable carries, which decides how generation fills it. */
export type EnvCarries =
  | 'database-url' // a full connection URL (postgres://user:pass@host:5432/db, jdbc:…, mysql://…)
  | 'database-host'
  | 'database-port'
  | 'database-user'
  | 'database-password'
  | 'database-name'
  | 'cache-url' // redis://…
  | 'cache-host'
  | 'cache-port'
  | 'cache-password'
  | 'broker-url' // amqp://, celery broker, kafka bootstrap servers
  | 'search-url' // elasticsearch / opensearch endpoint
  | 'mongodb-url'
  | 'service-address' // another unit's address (host[:port] or URL): see `target`
  | 'secret' // a signing key, app key, API token: generated and kept in Secrets Manager
  | 'port' // the port the unit must listen on
  | 'allowed-hosts' // DJANGO_ALLOWED_HOSTS and the like: the load balancer's host names
  | 'public-url' // the unit's own public base URL
  | 'aws-region'
  | 'bucket-name'
  | 'queue-url'
  | 'config'; // plain configuration with a value to pass through or a default to keep

export interface EnvRequirement {
  /** Exactly the name the application reads (SPRING_DATASOURCE_URL, POSTGRES_SERVER, DATABASE_URL…). */
  name: string;
  carries: EnvCarries;
  /** The application has a default: the variable is optional for start-up. */
  hasDefault: boolean;
  /** Required to start: read at start-up without a default (or the default is unusable in AWS, e.g. localhost). */
  required: boolean;
  /** For database-*, cache-*, broker-*: the datastore id (postgresql, redis…); for service-address: the unit name. */
  target?: string;
  /** URL scheme / driver expected when it carries a URL (postgresql, postgres, postgresql+asyncpg, jdbc:postgresql, redis, rediss, mysql2…). */
  scheme?: string;
  /** A literal value seen in compose/.env.example (redacted when secret). */
  example?: string;
  evidence: Evidence[];
  /** Where the requirement was found first: read in code/config, set in compose or Kubernetes, listed in an env example, or implied by the framework (Rails SECRET_KEY_BASE, Laravel APP_KEY, Spring relaxed binding). */
  source?: 'code' | 'compose' | 'kubernetes' | 'env-example' | 'framework';
  /** Why the variable is optional although its read is strict (e.g. a telemetry collector's address). */
  optionalReason?: string;
}

export type UnitRole =
  | 'web' // public HTTP: behind the load balancer
  | 'internal' // reached only by other units (HTTP or gRPC)
  | 'worker' // long-running, no inbound traffic (celery, sidekiq, queue consumers)
  | 'one-off' // runs to completion before services roll (migrations, collectstatic)
  | 'static' // built files served from S3 + CloudFront (SPA or static site)
  | 'function' // serverless handler (Lambda)
  | 'test' // test runner (sut, playwright, e2e): not deployed
  | 'seed' // data seeding: not deployed as a service
  | 'load-generator' // locust, k6: not deployed
  | 'dev-tool' // adminer, pgadmin, mailhog, localstack: not deployed
  | 'optional' // compose profiles:, cloud-specific extras: not deployed by default
  | 'datastore'; // postgres, redis… in compose: replaced by a managed service

export interface HealthCheck {
  /** HTTP path answered with 2xx when healthy; null when the unit has no HTTP endpoint. */
  path: string | null;
  protocol: 'http' | 'grpc' | 'tcp' | 'none';
  /** Seconds the unit needs before health checks count (JVMs, migrations at start). */
  gracePeriodSeconds: number;
  /** 'code' (a route found), 'framework' (the framework serves it), 'compose' (a healthcheck:), 'default' (guess). */
  source: 'code' | 'framework' | 'compose' | 'dockerfile' | 'kubernetes' | 'default';
  evidence: Evidence[];
}

export interface OneOffCommand {
  /** e.g. "migrate", "collectstatic", "seed". */
  kind: 'migrate' | 'collectstatic' | 'seed' | 'build-assets' | 'other';
  command: string;
  /** Tool that showed it: alembic, django, rails, prisma, diesel, artisan, flyway, liquibase, typeorm, knex, sequelize, goose, ef… */
  tool: string;
  /** Runs before every deploy (migrations) or only once (seeds). */
  when: 'every-deploy' | 'once';
  evidence: Evidence[];
}

export interface HardcodedHost {
  /** The host name written in code or config ("redis", "db", "cartservice:7070"). */
  host: string;
  /** The unit or datastore it names, when known. */
  target?: string;
  /** The host names a datastore service (compose `db` running postgres): the managed datastore's id. */
  store?: string;
  evidence: Evidence;
}

export interface RunUnit {
  /** Same name as the profile's service, or the compose service / Procfile entry / workload. */
  name: string;
  path: string;
  role: UnitRole;
  /** Why this role (e.g. "compose profile 'debug'", "image locustio/locust", "command pytest"). */
  roleReason: string;
  /** Deployed by Inframate: web, internal, worker, one-off, static, function. */
  deployed: boolean;
  /** The port the process listens on, and on which address when known. */
  listenPort: number | null;
  bindAddress?: string;
  /** gRPC, HTTP… what the listener speaks. */
  protocol: 'http' | 'grpc' | 'tcp' | 'none';
  start: string | null;
  /** Image recipe: the repository's Dockerfile (with context and target) or generated. */
  image: { dockerfile: string | null; context: string; target?: string; generated: boolean };
  env: EnvRequirement[];
  health: HealthCheck;
  oneOff: OneOffCommand[];
  hardcodedHosts: HardcodedHost[];
  /** Datastores this unit uses (canonical ids). */
  datastores: string[];
  /** Other units it calls (by unit name). */
  dependsOn: string[];
  warnings: Array<{ message: string; evidence?: Evidence }>;
  /** Worker / one-off units that run another unit's image with a different command: that unit's name. */
  sharesImageOf?: string;
  /** Where the unit was declared: the profile's service, a compose service, a Procfile entry, a Kubernetes workload. */
  origin?: { kind: 'profile' | 'compose' | 'procfile' | 'kubernetes'; file?: string; name?: string };
}

export interface RunContract {
  units: RunUnit[];
  /** Units and compose services left out, with the reason (copied from role/roleReason of undeployed units). */
  excluded: Array<{ name: string; role: UnitRole; reason: string }>;
  /** The repository deploys itself (SST, Serverless, SAM, CDK, Amplify…): Inframate does not generate conflicting infrastructure. */
  selfDeployed?: { tool: string; evidence: Evidence[] };
  /** Lambda handlers of a serverless layout (src/runcontract/functions), whether or not the repository deploys them itself. */
  functions?: ServerlessLayout;
  warnings: Array<{ message: string; evidence?: Evidence }>;
}
