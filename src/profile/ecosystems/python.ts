// Python (pip, Poetry, uv, PDM, Pipenv). Names are PEP 503 normalized.
import { pipfile, pyprojectToml, requirementsTxt, setupCfg, setupPy } from '../manifests/python';
import type { Ecosystem } from './types';

export const python: Ecosystem = {
  id: 'python',
  manifests: [requirementsTxt, pyprojectToml, pipfile, setupPy, setupCfg],
  frameworks: [
    { id: 'django', names: ['django', 'djangorestframework'] },
    { id: 'flask', names: ['flask'] },
    { id: 'fastapi', names: ['fastapi'] },
  ],
  datastores: [
    { id: 'postgresql', names: ['psycopg2', 'psycopg2-binary', 'psycopg', 'psycopg-binary', 'asyncpg', 'pg8000', 'aiopg'] },
    { id: 'mysql', names: ['mysqlclient', 'pymysql', 'mysql-connector-python', 'aiomysql', 'asyncmy'] },
    { id: 'mariadb', names: ['mariadb'] },
    { id: 'mongodb', names: ['pymongo', 'motor', 'mongoengine', 'beanie', 'djongo', 'odmantic'] },
    { id: 'redis', names: ['redis', 'aioredis', 'django-redis', 'rq', 'hiredis', 'flask-caching-redis', 'channels-redis'] },
    { id: 'dynamodb', names: ['pynamodb', 'aioboto3-dynamodb'] },
    { id: 'sqlite', names: ['aiosqlite'] },
    { id: 'sqlserver', names: ['pymssql', 'mssql-django', 'aioodbc'] },
    { id: 'elasticsearch', names: ['elasticsearch', 'elasticsearch-dsl', 'django-elasticsearch-dsl'] },
    { id: 'opensearch', names: ['opensearch-py'] },
    { id: 'rabbitmq', names: ['pika', 'aio-pika', 'aiormq'] },
    { id: 'kafka', names: ['kafka-python', 'confluent-kafka', 'aiokafka'] },
    { id: 'memcached', names: ['pymemcache', 'python-memcached', 'pylibmc'] },
    { id: 'cassandra', names: ['cassandra-driver', 'scylla-driver'] },
  ],
  messaging: [
    { id: 'rabbitmq', names: ['pika', 'aio-pika', 'aiormq'] },
    { id: 'kafka', names: ['kafka-python', 'confluent-kafka', 'aiokafka'] },
    { id: 'sqs', names: ['django-sqs', 'pysqs-extended-client', 'aws-sqs-consumer'] },
    { id: 'nats', names: ['nats-py'] },
  ],
  markers: [{ id: 'django', files: ['manage.py'], contains: /django/i }],
  content: [
    {
      kind: 'datastore',
      name: /\.py$/,
      files: /(^|\/)(settings(\/[^/]+)?|settings_\w+)\.py$/,
      pattern: /django\.db\.backends\.(postgresql_psycopg2|postgresql|mysql|sqlite3|oracle)/,
      ids: { postgresql: 'postgresql', postgresql_psycopg2: 'postgresql', mysql: 'mysql', sqlite3: 'sqlite' },
    },
    {
      kind: 'datastore',
      name: /\.py$/,
      files: /(^|\/)(settings(\/[^/]+)?|settings_\w+)\.py$/,
      pattern: /django_redis\.cache\.(Redis)Cache|django\.core\.cache\.backends\.(redis)/i,
      ids: { Redis: 'redis', redis: 'redis' },
    },
    {
      kind: 'datastore',
      name: /^alembic\.ini$/,
      files: /(^|\/)alembic\.ini$/,
      pattern: /sqlalchemy\.url\s*=\s*(postgresql|postgres|mysql|sqlite|mssql)/,
      ids: { postgresql: 'postgresql', postgres: 'postgresql', mysql: 'mysql', sqlite: 'sqlite', mssql: 'sqlserver' },
    },
  ],
  usage: [
    {
      deps: ['boto3', 'aioboto3', 'aiobotocore', 'botocore'],
      files: /\.py$/,
      pattern: /\b(?:client|resource)\(\s*(?:service_name\s*=\s*)?['"](sqs|sns|dynamodb|kinesis|events)['"]/g,
      ids: {
        sqs: { kind: 'messaging', id: 'sqs' },
        sns: { kind: 'messaging', id: 'sns' },
        kinesis: { kind: 'messaging', id: 'kinesis' },
        events: { kind: 'messaging', id: 'eventbridge' },
        dynamodb: { kind: 'datastore', id: 'dynamodb' },
      },
    },
  ],
  implies: {},
  defaultPorts: { django: 8000, flask: 5000, fastapi: 8000 },
};
