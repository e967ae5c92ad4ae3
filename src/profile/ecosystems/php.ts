// PHP (Composer).
import { composerJson } from '../manifests/php';
import type { Ecosystem } from './types';

export const php: Ecosystem = {
  id: 'php',
  manifests: [composerJson],
  frameworks: [
    { id: 'laravel', names: ['laravel/framework', 'laravel/lumen-framework'] },
    { id: 'symfony', names: ['symfony/framework-bundle', 'symfony/symfony'] },
  ],
  datastores: [
    { id: 'postgresql', names: ['ext-pgsql', 'ext-pdo_pgsql'] },
    { id: 'mysql', names: ['ext-mysqli', 'ext-pdo_mysql'] },
    { id: 'mongodb', names: ['mongodb/mongodb', 'ext-mongodb', 'jenssegers/mongodb', 'mongodb/laravel-mongodb', 'doctrine/mongodb-odm'] },
    { id: 'redis', names: ['predis/predis', 'ext-redis', 'snc/redis-bundle'] },
    { id: 'dynamodb', names: ['baopham/dynamodb'] },
    { id: 'sqlite', names: ['ext-pdo_sqlite', 'ext-sqlite3'] },
    { id: 'sqlserver', names: ['ext-sqlsrv', 'ext-pdo_sqlsrv'] },
    { id: 'elasticsearch', names: ['elasticsearch/elasticsearch'] },
    { id: 'opensearch', names: ['opensearch-project/opensearch-php'] },
    { id: 'rabbitmq', names: ['php-amqplib/php-amqplib', 'ext-amqp', 'vladimir-yuldashev/laravel-queue-rabbitmq'] },
    { id: 'kafka', names: ['ext-rdkafka', 'mateusjunges/laravel-kafka'] },
    { id: 'memcached', names: ['ext-memcached'] },
  ],
  messaging: [
    { id: 'rabbitmq', names: ['php-amqplib/php-amqplib', 'ext-amqp', 'vladimir-yuldashev/laravel-queue-rabbitmq'] },
    { id: 'kafka', names: ['ext-rdkafka', 'mateusjunges/laravel-kafka'] },
    { id: 'sqs', names: ['aws/aws-sdk-php-laravel-sqs', 'bref/symfony-messenger'] },
  ],
  markers: [
    { id: 'laravel', files: ['artisan'], contains: /laravel|Illuminate/i },
    { id: 'symfony', files: ['symfony.lock', 'config/bundles.php'] },
  ],
  content: [
    {
      kind: 'datastore',
      name: /^doctrine\.ya?ml$/,
      files: /(^|\/)config\/packages\/doctrine\.ya?ml$/,
      pattern: /driver:\s*["']?pdo_(pgsql|mysql|sqlite|sqlsrv)/,
      ids: { pgsql: 'postgresql', mysql: 'mysql', sqlite: 'sqlite', sqlsrv: 'sqlserver' },
    },
  ],
  usage: [
    {
      deps: ['aws/aws-sdk-php', 'aws/aws-sdk-php-laravel'],
      files: /\.php$/,
      pattern: /\b(Sqs|Sns|DynamoDb|Kinesis|EventBridge)Client\b/g,
      ids: {
        Sqs: { kind: 'messaging', id: 'sqs' },
        Sns: { kind: 'messaging', id: 'sns' },
        Kinesis: { kind: 'messaging', id: 'kinesis' },
        EventBridge: { kind: 'messaging', id: 'eventbridge' },
        DynamoDb: { kind: 'datastore', id: 'dynamodb' },
      },
    },
  ],
  implies: {},
  defaultPorts: { laravel: 8000, symfony: 8000 },
};
