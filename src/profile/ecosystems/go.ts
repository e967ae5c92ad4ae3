// Go modules. `// indirect` requirements are transitive and never count as a datastore in use.
import { goMod, goWork } from '../manifests/go';
import type { Ecosystem } from './types';

export const go: Ecosystem = {
  id: 'go',
  manifests: [goMod, goWork],
  frameworks: [
    { id: 'gin', names: ['github.com/gin-gonic/gin'] },
    { id: 'echo', names: ['github.com/labstack/echo', 'github.com/labstack/echo/v4', 'github.com/labstack/echo/v5'] },
    { id: 'fiber', names: ['github.com/gofiber/fiber', 'github.com/gofiber/fiber/v2', 'github.com/gofiber/fiber/v3'] },
    { id: 'chi', names: ['github.com/go-chi/chi', 'github.com/go-chi/chi/v5'] },
    { id: 'gorilla-mux', names: ['github.com/gorilla/mux'] },
  ],
  datastores: [
    {
      id: 'postgresql',
      names: [
        'github.com/lib/pq',
        'github.com/jackc/pgx',
        'github.com/jackc/pgx/v4',
        'github.com/jackc/pgx/v5',
        'gorm.io/driver/postgres',
        'github.com/go-pg/pg/v10',
        'github.com/uptrace/bun/dialect/pgdialect',
      ],
    },
    { id: 'mysql', names: ['github.com/go-sql-driver/mysql', 'gorm.io/driver/mysql'] },
    { id: 'mongodb', names: ['go.mongodb.org/mongo-driver', 'go.mongodb.org/mongo-driver/v2'] },
    {
      id: 'redis',
      names: [
        'github.com/redis/go-redis/v9',
        'github.com/go-redis/redis',
        'github.com/go-redis/redis/v7',
        'github.com/go-redis/redis/v8',
        'github.com/gomodule/redigo',
        'github.com/redis/rueidis',
      ],
    },
    {
      id: 'dynamodb',
      names: [
        'github.com/aws/aws-sdk-go-v2/service/dynamodb',
        'github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue',
        'github.com/guregu/dynamo',
      ],
    },
    { id: 'sqlite', names: ['github.com/mattn/go-sqlite3', 'modernc.org/sqlite', 'gorm.io/driver/sqlite', 'github.com/glebarez/sqlite'] },
    { id: 'sqlserver', names: ['github.com/denisenkom/go-mssqldb', 'github.com/microsoft/go-mssqldb', 'gorm.io/driver/sqlserver'] },
    {
      id: 'elasticsearch',
      names: ['github.com/elastic/go-elasticsearch/v7', 'github.com/elastic/go-elasticsearch/v8', 'github.com/olivere/elastic/v7'],
    },
    {
      id: 'opensearch',
      names: [
        'github.com/opensearch-project/opensearch-go',
        'github.com/opensearch-project/opensearch-go/v2',
        'github.com/opensearch-project/opensearch-go/v4',
      ],
    },
    { id: 'rabbitmq', names: ['github.com/streadway/amqp', 'github.com/rabbitmq/amqp091-go'] },
    {
      id: 'kafka',
      names: [
        'github.com/segmentio/kafka-go',
        'github.com/IBM/sarama',
        'github.com/Shopify/sarama',
        'github.com/confluentinc/confluent-kafka-go',
        'github.com/confluentinc/confluent-kafka-go/v2',
        'github.com/twmb/franz-go',
      ],
    },
    { id: 'memcached', names: ['github.com/bradfitz/gomemcache'] },
    { id: 'cassandra', names: ['github.com/gocql/gocql'] },
  ],
  messaging: [
    { id: 'sqs', names: ['github.com/aws/aws-sdk-go-v2/service/sqs'] },
    { id: 'sns', names: ['github.com/aws/aws-sdk-go-v2/service/sns'] },
    { id: 'rabbitmq', names: ['github.com/streadway/amqp', 'github.com/rabbitmq/amqp091-go'] },
    {
      id: 'kafka',
      names: [
        'github.com/segmentio/kafka-go',
        'github.com/IBM/sarama',
        'github.com/Shopify/sarama',
        'github.com/confluentinc/confluent-kafka-go/v2',
        'github.com/twmb/franz-go',
      ],
    },
    { id: 'kinesis', names: ['github.com/aws/aws-sdk-go-v2/service/kinesis'] },
    { id: 'nats', names: ['github.com/nats-io/nats.go'] },
  ],
  // net/http alone has no dependency to see: a main package that serves HTTP is the marker.
  markers: [
    {
      id: 'net-http',
      // Routers (chi, gorilla/mux) also serve through net/http: the standard library counts only alone.
      onlyAlone: true,
      files: ['main.go', 'server.go', 'cmd/server/main.go', 'cmd/api/main.go'],
      contains: /http\.ListenAndServe(TLS)?\s*\(|http\.Server\s*\{/,
    },
  ],
  content: [],
  usage: [
    {
      deps: ['github.com/aws/aws-sdk-go'],
      files: /\.go$/,
      pattern: /"github\.com\/aws\/aws-sdk-go\/service\/(sqs|sns|dynamodb|kinesis|eventbridge)"/g,
      ids: {
        sqs: { kind: 'messaging', id: 'sqs' },
        sns: { kind: 'messaging', id: 'sns' },
        kinesis: { kind: 'messaging', id: 'kinesis' },
        eventbridge: { kind: 'messaging', id: 'eventbridge' },
        dynamodb: { kind: 'datastore', id: 'dynamodb' },
      },
    },
  ],
  implies: {},
  defaultPorts: { gin: 8080 },
};
