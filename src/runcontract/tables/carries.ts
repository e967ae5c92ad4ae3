// What an environment variable carries, judged from its name (first match wins) and, when a
// literal value is known (compose, .env.example, a default), from the value. Kept as data.
import type { EnvCarries } from '../types';

export interface CarriesRule {
  name: RegExp;
  carries: EnvCarries;
  /** Datastore the variable points at, when the name says (the value's scheme decides otherwise). */
  target?: string;
}

const DB =
  '(?:DATABASE|DB|SQL|POSTGRES(?:QL)?|PG|PSQL|MYSQL|MARIADB|MSSQL|TYPEORM|SPRING_DATASOURCE|DATASOURCE|JDBC|SQLALCHEMY_DATABASE|RDS)';

export const CARRIES_RULES: readonly CarriesRule[] = [
  { name: /^ConnectionStrings__\w+$/i, carries: 'database-url' },
  // Selectors naming the kind of database (DB_CONNECTION=pgsql): plain configuration.
  { name: /^(DB|DATABASE|SQL)_(CONNECTION|ENGINE|DRIVER|DIALECT|TYPE|PROVIDER|CLIENT)$/i, carries: 'config' },
  { name: /MONGO\w*_(URL|URI|DSN|CONNECTION(_STRING)?)$|^MONGO(DB)?_?(URL|URI)$/i, carries: 'mongodb-url', target: 'mongodb' },
  { name: /^MONGO\w*_HOST$/i, carries: 'database-host', target: 'mongodb' },
  {
    name: /(REDIS|CACHE|VALKEY|MEMCACHED?)\w*_(URL|URI|DSN|ADDR|ADDRESS|CONNECTION)$|^(REDIS|CACHE)_?(URL|URI)$/i,
    carries: 'cache-url',
    target: 'redis',
  },
  // Memcached servers: no managed memcached is wired (kept as configuration), but the variable shows the client.
  { name: /^MEMCACH\w*_(SERVERS?|URL|HOSTS?|ADDR)$/i, carries: 'config', target: 'memcached' },
  { name: /REDIS\w*_(HOST|HOSTNAME|SERVER)$/i, carries: 'cache-host', target: 'redis' },
  { name: /REDIS\w*_PORT$/i, carries: 'cache-port', target: 'redis' },
  { name: /REDIS\w*_(PASSWORD|PASS|AUTH)$/i, carries: 'cache-password', target: 'redis' },
  {
    name: /(BROKER|AMQP|RABBIT(MQ)?|CELERY_RESULT_BACKEND|KAFKA\w*_(BROKERS?|BOOTSTRAP_SERVERS?|URL)|NATS|MQ)(_URL|_URI|_ADDR)?$/i,
    carries: 'broker-url',
  },
  { name: /(ELASTIC(SEARCH)?|OPENSEARCH|SEARCH)\w*_(URL|URI|HOST|HOSTS|ENDPOINT)$/i, carries: 'search-url' },
  {
    name: new RegExp(`^${DB}_?(URL|URI|DSN|CONNECTION(_STRING)?|CONN)$|^DATABASE_URL_\\w+$|^DATABASE\\w*_URL$|^DB_CONNECTION_STRING$`, 'i'),
    carries: 'database-url',
  },
  { name: new RegExp(`^${DB}_?(HOST|HOSTNAME|SERVER|ADDR|ADDRESS)$`, 'i'), carries: 'database-host' },
  { name: new RegExp(`^${DB}_?PORT$`, 'i'), carries: 'database-port' },
  { name: new RegExp(`^${DB}_?(USER|USERNAME|LOGIN)$`, 'i'), carries: 'database-user' },
  { name: new RegExp(`^${DB}_?(PASSWORD|PASS|PASSWD|PWD)$`, 'i'), carries: 'database-password' },
  { name: new RegExp(`^${DB}_?(NAME|DB|DATABASE|DBNAME|SCHEMA)$`, 'i'), carries: 'database-name' },
  { name: /^(\w+_)?(ALLOWED_HOSTS|TRUSTED_HOSTS|CSRF_TRUSTED_ORIGINS)$/i, carries: 'allowed-hosts' },
  { name: /^(PORT|SERVER_PORT|HTTP_PORT|APP_PORT|LISTEN_PORT|ASPNETCORE_HTTP_PORTS)$/i, carries: 'port' },
  { name: /^(AWS_REGION|AWS_DEFAULT_REGION|REGION)$/i, carries: 'aws-region' },
  { name: /(BUCKET|S3_BUCKET)(_NAME)?$/i, carries: 'bucket-name' },
  { name: /QUEUE_URL$/i, carries: 'queue-url' },
  // Where the unit itself listens: not another unit's address.
  { name: /^(LISTEN|BIND|SERVER|HTTP|GRPC)_?(ADDR|ADDRESS|HOST)$/i, carries: 'config' },
  // Another unit's address: PRODUCT_CATALOG_SERVICE_ADDR, API_URL, BACKEND_HOST…
  {
    name: /_SERVICE_(ADDR|ADDRESS|HOST|URL|URI|ENDPOINT)$|^(\w+_)?(API|BACKEND|UPSTREAM|GRPC)_(URL|ADDR|HOST|ENDPOINT)$|_ADDR$/i,
    carries: 'service-address',
  },
  {
    name: /^(\w+_)?(PUBLIC|BASE|SITE|APP|FRONTEND|HOST|ROOT|CANONICAL|EXTERNAL|SERVER)_URL$|^NEXTAUTH_URL$|^(NEXT_PUBLIC_)?APP_URL$|^BASE_PATH_URL$/i,
    carries: 'public-url',
  },
  {
    name: /(^|_)(SECRET|SECRETS|SECRET_KEY|SECRET_KEY_BASE|APP_KEY|MASTER_KEY|PRIVATE_KEY|SIGNING_KEY|ENCRYPTION_KEY|API_KEY|APIKEY|TOKEN|PASSWORD|PASSWD|PASS|PWD|CREDENTIALS?|PASSPHRASE|CLIENT_SECRET|SALT|PEPPER|HMAC_KEY|JWT_KEY|WEBHOOK_SECRET|AUTH_KEY|ACCESS_KEY|SECRET_ACCESS_KEY)$|^(SESSION|COOKIE|JWT|APP|AUTH|NEXTAUTH)_(SECRET|KEY)$/i,
    carries: 'secret',
  },
];

/** Scheme of a URL value → what it carries and the datastore. */
export const VALUE_SCHEMES: readonly { pattern: RegExp; carries: EnvCarries; target: string }[] = [
  { pattern: /^(jdbc:)?(postgres(ql)?(\+\w+)?):\/\//i, carries: 'database-url', target: 'postgresql' },
  { pattern: /^jdbc:postgresql:/i, carries: 'database-url', target: 'postgresql' },
  { pattern: /^(jdbc:)?(mysql2?|mariadb)(\+\w+)?:/i, carries: 'database-url', target: 'mysql' },
  { pattern: /^(jdbc:)?(sqlserver|mssql)(\+\w+)?:/i, carries: 'database-url', target: 'sqlserver' },
  { pattern: /^mongodb(\+srv)?:\/\//i, carries: 'mongodb-url', target: 'mongodb' },
  { pattern: /^rediss?:\/\//i, carries: 'cache-url', target: 'redis' },
  { pattern: /^amqps?:\/\//i, carries: 'broker-url', target: 'rabbitmq' },
];

/** A default that cannot work on AWS: it points at this machine or an embedded database. */
export const UNUSABLE_DEFAULT =
  /localhost|127\.0\.0\.1|0\.0\.0\.0|sqlite|jdbc:h2:|:memory:|changeme|change-me|change_me|secret|insecure|dev-?key|never-guess|^['"]?\w+:\/\/['"]?$/i;

/** Carries values that make a variable required when nothing usable is given. */
export const CONNECTION_CARRIES: ReadonlySet<EnvCarries> = new Set<EnvCarries>([
  'database-url',
  'database-host',
  'database-password',
  'mongodb-url',
  'cache-url',
  'cache-host',
  'broker-url',
  'search-url',
  'service-address',
  'secret',
  'allowed-hosts',
]);

/**
 * Telemetry endpoints (OpenTelemetry collector, Jaeger, Zipkin, Datadog agent): the application runs
 * without them (tracing is switched off, or export fails quietly), so they are never required; the
 * collector itself is an optional component (roles.ts).
 */
export const TELEMETRY_ENDPOINT =
  /^(COLLECTOR_SERVICE_(ADDR|ADDRESS|HOST|URL)|OTEL_EXPORTER_OTLP(_\w+)?_ENDPOINT|OTEL_\w*ENDPOINT|JAEGER_\w*(ENDPOINT|HOST|ADDR|URL)|ZIPKIN_\w*(ENDPOINT|URL|HOST)|DD_AGENT_HOST|DD_TRACE_AGENT_URL|\w*TRACING_\w*(ENDPOINT|ADDR|URL)|\w*TELEMETRY_\w*(ENDPOINT|ADDR|URL))$/i;

/** Settings of a third-party service (a provider's prefix, or an id/key/token suffix): only the team has their values. */
export const THIRD_PARTY_SETTING =
  /^(\w+_)?(CLOUDFLARE|STRIPE|GITHUB|GITLAB|GOOGLE|FACEBOOK|TWITTER|LINKEDIN|TWILIO|SENDGRID|MAILGUN|POSTMARK|MAILCHIMP|SENTRY|SLACK|AUTH0|OKTA|PUSHER|ALGOLIA|OPENAI|ANTHROPIC|PAYPAL|SHOPIFY|MAPBOX|RECAPTCHA|HCAPTCHA|DATADOG|NEW_RELIC|ROLLBAR|BUGSNAG|FIREBASE|SUPABASE)_\w+$|(^|_)(CLIENT_ID|CLIENT_SECRET|ZONE_?ID|ACCOUNT_ID|APP_ID|API_KEY|API_TOKEN|ACCESS_TOKEN|DSN)$/i;

/** Datastores that live inside the application's own container (files or memory): nothing to create. */
export const EMBEDDED_STORES: ReadonlySet<string> = new Set(['sqlite', 'h2']);
