// Ecosystem-independent signals, as data: URL schemes and selector keys in .env examples, and
// container images in compose files.

/** URL scheme (in .env.example values, compose environment) → datastore id. */
export const URL_SCHEMES: Readonly<Record<string, string>> = {
  postgres: 'postgresql',
  postgresql: 'postgresql',
  'postgresql+asyncpg': 'postgresql',
  'postgresql+psycopg': 'postgresql',
  'postgresql+psycopg2': 'postgresql',
  mysql: 'mysql',
  'mysql+pymysql': 'mysql',
  'mysql+aiomysql': 'mysql',
  mysql2: 'mysql',
  mariadb: 'mariadb',
  mongodb: 'mongodb',
  'mongodb+srv': 'mongodb',
  redis: 'redis',
  rediss: 'redis',
  amqp: 'rabbitmq',
  amqps: 'rabbitmq',
  memcached: 'memcached',
  memcache: 'memcached',
  sqlserver: 'sqlserver',
  mssql: 'sqlserver',
  'mssql+pyodbc': 'sqlserver',
  sqlite: 'sqlite',
  'sqlite+aiosqlite': 'sqlite',
  kafka: 'kafka',
  cassandra: 'cassandra',
};
export const URL_SCHEME = /\b([a-z][a-z0-9+]*):\/\//g;

/** `KEY=value` selectors that name a datastore by value (Laravel, Django settings from env, …). */
export const ENV_SELECTORS: readonly { key: RegExp; values: Readonly<Record<string, string>> }[] = [
  {
    key: /^DB_(CONNECTION|ENGINE|DRIVER|DIALECT|TYPE)$|^DATABASE_(ENGINE|DRIVER|DIALECT|TYPE)$|^TYPEORM_CONNECTION$/,
    values: {
      mysql: 'mysql',
      pgsql: 'postgresql',
      postgres: 'postgresql',
      postgresql: 'postgresql',
      sqlite: 'sqlite',
      sqlsrv: 'sqlserver',
      mssql: 'sqlserver',
      mariadb: 'mariadb',
      mongodb: 'mongodb',
    },
  },
  {
    key: /^(CACHE_DRIVER|CACHE_STORE|SESSION_DRIVER|QUEUE_CONNECTION|QUEUE_DRIVER|CACHE_BACKEND|BROADCAST_DRIVER)$/,
    values: { redis: 'redis', memcached: 'memcached', dynamodb: 'dynamodb', sqs: 'sqs', rabbitmq: 'rabbitmq' },
  },
];

/** Values that name AWS messaging endpoints. */
export const MESSAGING_VALUES: readonly { pattern: RegExp; id: string }[] = [
  { pattern: /https:\/\/sqs\.[a-z0-9-]+\.amazonaws\.com\/|arn:aws:sqs:/, id: 'sqs' },
  { pattern: /arn:aws:sns:/, id: 'sns' },
  { pattern: /arn:aws:kinesis:/, id: 'kinesis' },
  { pattern: /^amqps?:\/\//, id: 'rabbitmq' },
];

/** Container image (registry and tag stripped) → datastore id. */
export const COMPOSE_IMAGES: readonly { image: RegExp; id: string }[] = [
  { image: /(^|\/)(postgres|postgresql|postgis|timescaledb(-ha)?|pgvector)$/, id: 'postgresql' },
  { image: /(^|\/)(mysql|mysql-server|percona(-server)?)$/, id: 'mysql' },
  { image: /(^|\/)mariadb$/, id: 'mariadb' },
  { image: /(^|\/)(mongo|mongodb|mongodb-community-server)$/, id: 'mongodb' },
  { image: /(^|\/)(redis|redis-stack|redis-stack-server|valkey|keydb)$/, id: 'redis' },
  { image: /(^|\/)(memcached)$/, id: 'memcached' },
  { image: /(^|\/)(rabbitmq)$/, id: 'rabbitmq' },
  { image: /(^|\/)(kafka|cp-kafka|cp-server|redpanda)$/, id: 'kafka' },
  { image: /(^|\/)(elasticsearch)$/, id: 'elasticsearch' },
  { image: /(^|\/)(opensearch)$/, id: 'opensearch' },
  { image: /(^|\/)(cassandra|scylla)$/, id: 'cassandra' },
  { image: /(^|\/)(mssql\/server|azure-sql-edge)$/, id: 'sqlserver' },
  { image: /(^|\/)(dynamodb-local)$/, id: 'dynamodb' },
];

export function imageDatastore(image: string): string | undefined {
  // "docker.io/library/postgres:16-alpine@sha256:…" → "library/postgres"
  const bare = image
    .replace(/@.*$/, '')
    .replace(/:[^/]*$/, '')
    .replace(/^[^/]+\.[^/]+\//, '');
  return COMPOSE_IMAGES.find((r) => r.image.test(bare))?.id;
}

/** Files whose contents are scanned for URL schemes and selectors. */
export const ENV_EXAMPLE =
  /(^|\/)\.env\.(example|sample|template|dist|defaults|tmpl|local\.example|development)$|(^|\/)(example|sample)\.env$|(^|\/)\.?env[.-](example|sample|template|dist)([.-][\w-]+)?$/;
