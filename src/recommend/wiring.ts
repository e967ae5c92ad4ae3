// From the run contract to the wiring of each deployed unit: every variable the application reads,
// under exactly its name, filled from what the module generates (a datastore's address, a key of
// its connection secret, a generated application secret, another unit's Service Connect name).
// Data-driven: CARRIES says how each kind of variable is filled.
import type { Profile, ServiceProfile } from '../profile/types';
import type { EnvRequirement, RunContract, RunUnit } from '../runcontract/types';
import { SECRET_NAME } from '../runcontract/requirements';
import { OWN_SECRET } from '../runcontract/carries';
import { THIRD_PARTY_SETTING } from '../runcontract/tables/carries';
import { appSecretName } from '../terraform/render-service';
import { awsName } from '../terraform/hcl-escape';
import { SHORT_NAME, WIRED_STORES, type ServiceWiring, type WiredEnv } from './vocabulary';

type Store = (typeof WIRED_STORES)[number];
const isStore = (s: string | undefined): s is Store => !!s && (WIRED_STORES as readonly string[]).includes(s);

/** JVM start-up plus migrations at boot: ECS must not kill the task before it can answer. */
const JVM_GRACE_SECONDS = 120;
const JVM_LANGUAGES = new Set(['java', 'kotlin', 'scala', 'groovy', 'clojure']);
const NODE_LANGUAGES = new Set(['javascript', 'typescript']);

export interface WiringInput {
  unit: RunUnit;
  languages: string[];
  /** Deployed unit name → component service name (awsName). */
  services: Map<string, string>;
  /** Deployed unit name → its listen port. */
  ports: Map<string, number>;
  datastores: string[];
  /** Every unit of the contract (for hard-coded hosts naming this one). */
  all?: RunUnit[];
}

export interface WiringResult {
  wiring: ServiceWiring;
  notes: string[];
}

const SQL_STORES: Store[] = ['postgresql', 'mysql', 'mariadb', 'sqlserver'];

/** The datastore a variable points at: its own target, else the unit's only datastore of that family. */
function storeOf(e: EnvRequirement, candidates: Store[], unitStores: string[]): Store | undefined {
  if (isStore(e.target)) return e.target;
  return candidates.find((s) => unitStores.includes(s));
}

/** The connection-secret key whose URL form (scheme, TLS option) this client understands. */
function urlKey(e: EnvRequirement, store: Store, languages: string[]): 'url' | 'url_no_verify' | 'url_asyncpg' | 'url_mysql2' {
  const scheme = (e.scheme ?? '').toLowerCase();
  if (store === 'postgresql') {
    if (scheme.includes('asyncpg')) return 'url_asyncpg';
    if (languages.some((l) => NODE_LANGUAGES.has(l))) return 'url_no_verify';
    return 'url';
  }
  if ((store === 'mysql' || store === 'mariadb') && scheme.startsWith('mysql2')) return 'url_mysql2';
  return 'url';
}

/**
 * Variables selecting a database driver by name (Django's ENGINE, Laravel's DB_CONNECTION, TypeORM's
 * type): recognised by their name and the value seen beside them, set to the generated datastore's.
 */
const DRIVER_VALUES: { name: RegExp; seen: RegExp; values: Partial<Record<Store, string>> }[] = [
  {
    name: /ENGINE$/i,
    seen: /django\.db\.backends/,
    values: { postgresql: 'django.db.backends.postgresql', mysql: 'django.db.backends.mysql', mariadb: 'django.db.backends.mysql' },
  },
  { name: /^DB_CONNECTION$/i, seen: /.*/, values: { postgresql: 'pgsql', mysql: 'mysql', mariadb: 'mariadb', sqlserver: 'sqlsrv' } },
  { name: /^TYPEORM_CONNECTION$/i, seen: /.*/, values: { postgresql: 'postgres', mysql: 'mysql', mariadb: 'mariadb', sqlserver: 'mssql' } },
];

function engineValue(e: EnvRequirement, stores: string[]): string | undefined {
  const seen = [e.example ?? '', ...e.evidence.map((x) => x.excerpt ?? '')].join(' ');
  for (const d of DRIVER_VALUES) {
    if (!d.name.test(e.name) || !d.seen.test(seen)) continue;
    const store = (Object.keys(d.values) as Store[]).find((s) => stores.includes(s));
    if (store) return d.values[store];
  }
  return undefined;
}

/** Framework run modes with a well-known production value (set when the code reads them). */
const RUNTIME_ENVIRONMENT: Record<string, string> = {
  NODE_ENV: 'production',
  RAILS_ENV: 'production',
  RACK_ENV: 'production',
  APP_ENV: 'production',
  ASPNETCORE_ENVIRONMENT: 'Production',
  DOTNET_ENVIRONMENT: 'Production',
  GIN_MODE: 'release',
  MIX_ENV: 'prod',
  SPRING_PROFILES_ACTIVE: 'prod',
};

const looksLocal = (v: string | undefined) => !!v && /\b(localhost|127\.0\.0\.1|0\.0\.0\.0)\b/.test(v);

/** One variable → how it is filled, or why it is not. */
export function wireVariable(e: EnvRequirement, input: WiringInput): { env?: WiredEnv; note?: string } {
  const { unit, languages } = input;
  const stores = input.datastores;
  const name = e.name;
  const missing = (what: string) => ({ note: `${unit.name}: ${name} (${e.carries}) is not set: ${what}.` });
  switch (e.carries) {
    case 'database-url': {
      if ((e.scheme ?? '').startsWith('jdbc')) {
        const store = storeOf(e, SQL_STORES, stores);
        return store ? { env: { name, from: 'datastore', store, field: 'jdbc-url' } } : missing('no SQL database is generated');
      }
      const store = storeOf(e, [...SQL_STORES, 'mongodb'], stores);
      if (!store) return missing('no database is generated');
      if (store === 'sqlserver') return missing('SQL Server has no URL form: read host, user and password separately');
      return { env: { name, from: 'datastore-secret', store, key: urlKey(e, store, languages) } };
    }
    case 'mongodb-url': {
      return stores.includes('mongodb')
        ? { env: { name, from: 'datastore-secret', store: 'mongodb', key: 'url' } }
        : missing('no MongoDB-compatible database is generated');
    }
    case 'database-host':
    case 'database-port':
    case 'database-user':
    case 'database-name': {
      const store = storeOf(e, [...SQL_STORES, 'mongodb'], stores);
      if (!store) return missing('no database is generated');
      const field = ({ 'database-host': 'host', 'database-port': 'port', 'database-user': 'user', 'database-name': 'name' } as const)[
        e.carries
      ];
      return { env: { name, from: 'datastore', store, field } };
    }
    case 'database-password': {
      const store = storeOf(e, [...SQL_STORES, 'mongodb'], stores);
      return store ? { env: { name, from: 'datastore-secret', store, key: 'password' } } : missing('no database is generated');
    }
    case 'cache-url':
      return stores.includes('redis') ? { env: { name, from: 'datastore', store: 'redis', field: 'cache-url' } } : missing('no Redis');
    case 'cache-host':
      return stores.includes('redis')
        ? {
            env: { name, from: 'datastore', store: 'redis', field: /ADDR/i.test(name) ? 'address' : 'host' },
            note:
              `${unit.name}: ${name} gives the Redis address only; ElastiCache requires TLS, which the client must enable in code ` +
              `(e.g. go-redis TLSConfig, redis-py ssl=True)${e.evidence[0] ? ` at ${e.evidence[0].file}:${e.evidence[0].line ?? 1}` : ''}.`,
          }
        : missing('no Redis');
    case 'cache-port':
      return stores.includes('redis') ? { env: { name, from: 'datastore', store: 'redis', field: 'port' } } : missing('no Redis');
    case 'cache-password':
      return { note: `${unit.name}: ${name} is left unset: the generated Redis uses TLS and security groups, no AUTH token.` };
    case 'broker-url':
      return (e.target ?? 'redis') === 'redis' && stores.includes('redis')
        ? { env: { name, from: 'datastore', store: 'redis', field: 'broker-url' } }
        : missing(`no managed ${e.target ?? 'broker'} is generated (SQS or Amazon MQ are the managed options)`);
    case 'search-url': {
      const store = storeOf(e, ['opensearch', 'elasticsearch'], stores) ?? (stores.includes('elasticsearch') ? 'elasticsearch' : undefined);
      return store ? { env: { name, from: 'datastore', store, field: 'search-url' } } : missing('no OpenSearch');
    }
    case 'service-address': {
      const target = e.target ? input.services.get(e.target) : undefined;
      const port = e.target ? input.ports.get(e.target) : undefined;
      const absent = !target && e.required ? (input.all ?? []).find((u) => u.name === e.target && !u.deployed) : undefined;
      if (absent)
        // A strict read of an optional component's address (mustMapEnv): the process needs a value to start,
        // and the component is not deployed. An address under .invalid (RFC 2606) never resolves: the
        // feature that calls it fails, the rest serves.
        return {
          env: { name, from: 'literal', value: `${awsName(absent.name, 40)}.invalid:${absent.listenPort ?? 80}` },
          note:
            `${unit.name}: ${name} points at ${absent.name}, which is not deployed (${absent.role}: ${absent.roleReason}); ` +
            `it is set to an unresolvable placeholder so that the start-up check passes — deploy ${absent.name} and set its address to use that feature.`,
        };
      if (!target || !port) return missing(`unit ${e.target ?? '?'} is not deployed`);
      const scheme = /^https?:\/\//i.test(e.example ?? '') ? 'http' : /^grpc:\/\//i.test(e.example ?? '') ? 'grpc' : '';
      return { env: { name, from: 'service', unit: target, port, scheme } };
    }
    case 'secret':
      return OWN_SECRET.test(name)
        ? { env: { name, from: 'app-secret', length: /^APP_KEY$/i.test(name) ? 32 : 64 } }
        : teamSecret(name, e, unit.name);
    case 'port':
      return unit.listenPort ? { env: { name, from: 'literal', value: String(unit.listenPort) } } : {};
    case 'allowed-hosts':
      // The load balancer only forwards its own host names (listener rules), and its health checks
      // send the task's IP as Host: "*" is the value that works, and is safe behind those rules.
      return { env: { name, from: 'literal', value: '*' } };
    case 'public-url':
      return { env: { name, from: 'public-url' } };
    case 'aws-region':
      return { env: { name, from: 'region' } };
    case 'bucket-name':
    case 'queue-url':
      return e.required ? missing(`no ${e.carries === 'queue-url' ? 'queue' : 'bucket'} is generated for it; add it to inframate.md`) : {};
    case 'config': {
      const engine = engineValue(e, stores);
      if (engine) return { env: { name, from: 'literal', value: engine } };
      const known = RUNTIME_ENVIRONMENT[name];
      if (known !== undefined) return { env: { name, from: 'literal', value: known } };
      // A value copied from compose or an env example is never a secret in plain `environment`.
      if (
        e.example !== undefined &&
        e.example !== '(redacted)' &&
        !SECRET_NAME.test(name) &&
        !looksLocal(e.example) &&
        (e.required || !e.hasDefault)
      )
        return { env: { name, from: 'literal', value: e.example } };
      // A required third-party setting with no value (a Cloudflare zone id, an OAuth client id): a secret the team fills in.
      if (e.required && THIRD_PARTY_SETTING.test(name)) return teamSecret(name, e, unit.name);
      return e.required ? missing('required, with no value to copy (set it in the task definition)') : {};
    }
  }
}

/** A third-party credential or setting only the team has: a Secrets Manager secret they fill in, listed in the report. */
function teamSecret(name: string, e: EnvRequirement, unitName: string): { env: WiredEnv; note: string } {
  const where = e.evidence[0] ? ` (${e.evidence[0].file}${e.evidence[0].line ? `:${e.evidence[0].line}` : ''})` : '';
  return {
    env: { name, from: 'app-secret', length: 32, fill: 'team' },
    note: `${unitName}: ${name}${where} is a third-party setting: the secret ${appSecretName(name)} is created with a random placeholder — fill it in (aws secretsmanager put-secret-value) before the feature that uses it can work.`,
  };
}

/** Wiring of one deployed container unit. */
export function wiringFor(input: WiringInput): WiringResult {
  const { unit, languages } = input;
  const notes: string[] = [];
  const env: WiredEnv[] = [];
  for (const e of unit.env) {
    // Optional variables keep the application's default unless that default cannot work in AWS.
    const needed = e.required || !e.hasDefault || e.carries !== 'config';
    if (!needed) continue;
    const r = wireVariable(e, input);
    if (r.env && !env.some((x) => x.name === r.env!.name)) env.push(r.env);
    if (r.note) notes.push(r.note);
  }
  const jvm = languages.some((l) => JVM_LANGUAGES.has(l));
  const grace = Math.min(1800, Math.max(unit.health.gracePeriodSeconds, jvm ? JVM_GRACE_SECONDS : 30));
  const role = unit.role === 'web' ? 'web' : unit.role === 'internal' ? 'internal' : 'worker';
  // Other units name this one by its unit name and by hard-coded hosts pointing at it.
  // Service Connect names must satisfy the vocabulary's short-name rule (2–32 characters, a letter
  // first): a unit called "x" or "1api" keeps its other names rather than failing the whole plan.
  const aliases = [unit.name, ...hostsNaming(unit.name, input)]
    .map((a) => awsName(a, 32))
    .filter((a, i, all) => SHORT_NAME.test(a) && all.indexOf(a) === i);
  if (aliases.length === 0) aliases.push(`svc-${awsName(unit.name, 27) || 'app'}`.replace(/-+$/, ''));
  const datastoreHosts: { host: string; store: Store }[] = [];
  for (const h of unit.hardcodedHosts) {
    const label = h.host.split(':')[0]!.toLowerCase();
    if (h.store && isStore(h.store) && input.datastores.includes(h.store) && /^[a-z][a-z0-9-]{0,62}$/.test(label)) {
      if (!datastoreHosts.some((d) => d.host === label)) datastoreHosts.push({ host: label, store: h.store });
      notes.push(
        `${unit.name}: ${h.evidence.file}:${h.evidence.line ?? 1} names "${label}": it resolves to the managed ${h.store} through the VPC's private DNS zone (a CNAME on the DHCP search list)${h.store === 'redis' ? '; the generated Redis requires TLS, which this client must enable in code' : ''}; reading the address from an environment variable is sturdier.`,
      );
      continue;
    }
    if (h.target && !input.services.has(h.target))
      notes.push(
        `${unit.name}: ${h.evidence.file}:${h.evidence.line ?? 1} names "${h.host}", which is not a deployed service` +
          (h.target ? ` (${h.target}): read its address from an environment variable instead` : '') +
          '.',
      );
  }
  if (unit.bindAddress && /^127\.|^localhost$/.test(unit.bindAddress))
    notes.push(`${unit.name}: it listens on ${unit.bindAddress}, unreachable from the load balancer: bind 0.0.0.0.`);
  return {
    wiring: {
      role,
      protocol: unit.protocol,
      healthGraceSeconds: grace,
      aliases: aliases.slice(0, 10),
      calls: unit.dependsOn.flatMap((d) => (input.services.has(d) ? [input.services.get(d)!] : [])).slice(0, 50),
      env,
      ...(datastoreHosts.length ? { datastoreHosts: datastoreHosts.slice(0, 10) } : {}),
      oneOff: unit.oneOff
        .filter((o) => o.when === 'every-deploy')
        .map((o) => ({ kind: o.kind.slice(0, 32), command: o.command.slice(0, 1024) })),
      image: {
        dockerfile: unit.image.dockerfile,
        context: unit.image.context,
        ...(unit.image.target ? { target: unit.image.target } : {}),
        generated: unit.image.generated,
      },
    },
    notes,
  };
}

/** Hard-coded hosts in other units that name this one (kept as Service Connect aliases). */
function hostsNaming(name: string, input: WiringInput): string[] {
  return (input.all ?? []).flatMap((u) => u.hardcodedHosts.filter((h) => h.target === name).map((h) => h.host.split(':')[0]!));
}

/** Conventional variable names used when no run contract was built (profile only). */
const FALLBACK_ENV: Record<string, { name: string; carries: EnvRequirement['carries'] }[]> = {
  postgresql: [{ name: 'DATABASE_URL', carries: 'database-url' }],
  mysql: [{ name: 'DATABASE_URL', carries: 'database-url' }],
  mariadb: [{ name: 'DATABASE_URL', carries: 'database-url' }],
  mongodb: [{ name: 'MONGODB_URI', carries: 'mongodb-url' }],
  redis: [{ name: 'REDIS_URL', carries: 'cache-url' }],
  opensearch: [{ name: 'OPENSEARCH_URL', carries: 'search-url' }],
  elasticsearch: [{ name: 'ELASTICSEARCH_URL', carries: 'search-url' }],
  sqlserver: [
    { name: 'DATABASE_HOST', carries: 'database-host' },
    { name: 'DATABASE_USER', carries: 'database-user' },
    { name: 'DATABASE_PASSWORD', carries: 'database-password' },
  ],
};
const HEALTH_PATH: Record<string, string> = { 'spring-boot': '/actuator/health', quarkus: '/q/health', micronaut: '/health' };

/**
 * A run contract from the profile alone (when the run-contract stage did not run): conventional
 * variable names per datastore, the profiled port and start command. The report says so.
 */
export function contractFromProfile(profile: Profile, services: ServiceProfile[], serves: (s: ServiceProfile) => boolean): RunContract {
  return {
    units: services.map((s) => {
      const web = serves(s);
      const env: EnvRequirement[] = s.datastores.flatMap((d) =>
        (FALLBACK_ENV[d] ?? []).map((v) => ({ ...v, hasDefault: false, required: true, target: d, evidence: [] })),
      );
      if (web) env.push({ name: 'PORT', carries: 'port', hasDefault: true, required: false, evidence: [] });
      const framework = s.frameworks.find((f) => f in HEALTH_PATH);
      return {
        name: s.name,
        path: s.path,
        role: web ? 'web' : 'worker',
        roleReason: web ? 'serves HTTP (profile)' : 'no port and no web framework (profile)',
        deployed: true,
        listenPort: s.port,
        protocol: web ? 'http' : 'none',
        start: s.start,
        image: { dockerfile: s.dockerfile, context: s.path, generated: s.dockerfile === null },
        env,
        health: {
          path: web ? ((framework && HEALTH_PATH[framework]) ?? '/') : null,
          protocol: web ? 'http' : 'none',
          gracePeriodSeconds: 60,
          source: framework ? 'framework' : 'default',
          evidence: [],
        },
        oneOff: [],
        hardcodedHosts: [],
        datastores: s.datastores,
        dependsOn: [],
        warnings: [],
      };
    }),
    excluded: [],
    warnings: [],
  };
}
