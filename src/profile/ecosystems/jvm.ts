// Java / Kotlin (Maven, Gradle). Dependency names are "groupId:artifactId"; build plugins are "plugin:<id>".
import { buildGradle, pomXml, settingsGradle } from '../manifests/jvm';
import type { Ecosystem } from './types';

export const jvm: Ecosystem = {
  id: 'jvm',
  manifests: [pomXml, buildGradle, settingsGradle],
  frameworks: [
    {
      id: 'spring-boot',
      names: ['org.springframework.boot:*', 'plugin:org.springframework.boot', 'plugin:org.springframework.boot:spring-boot-maven-plugin'],
    },
    {
      id: 'quarkus',
      names: ['io.quarkus:*', 'io.quarkus.platform:*', 'plugin:io.quarkus', 'plugin:io.quarkus:*', 'plugin:io.quarkus.platform:*'],
    },
    { id: 'ktor', names: ['io.ktor:ktor-server-*', 'plugin:io.ktor.plugin'] },
    { id: 'micronaut', names: ['io.micronaut:*', 'io.micronaut.*', 'plugin:io.micronaut.*', 'plugin:io.micronaut.maven:*'] },
  ],
  datastores: [
    {
      id: 'postgresql',
      names: [
        'org.postgresql:postgresql',
        'org.postgresql:r2dbc-postgresql',
        'io.r2dbc:r2dbc-postgresql',
        'io.quarkus:quarkus-jdbc-postgresql',
        'io.quarkus:quarkus-reactive-pg-client',
        'io.vertx:vertx-pg-client',
      ],
    },
    {
      id: 'mysql',
      names: ['mysql:mysql-connector-java', 'com.mysql:mysql-connector-j', 'io.quarkus:quarkus-jdbc-mysql', 'io.asyncer:r2dbc-mysql'],
    },
    { id: 'mariadb', names: ['org.mariadb.jdbc:mariadb-java-client', 'io.quarkus:quarkus-jdbc-mariadb'] },
    {
      id: 'mongodb',
      names: [
        'org.mongodb:*',
        'org.springframework.boot:spring-boot-starter-data-mongodb',
        'org.springframework.boot:spring-boot-starter-data-mongodb-reactive',
        'io.quarkus:quarkus-mongodb-client',
        'io.quarkus:quarkus-mongodb-panache',
      ],
    },
    {
      id: 'redis',
      names: [
        'redis.clients:jedis',
        'io.lettuce:lettuce-core',
        'org.redisson:*',
        'org.springframework.boot:spring-boot-starter-data-redis',
        'org.springframework.boot:spring-boot-starter-data-redis-reactive',
        'io.quarkus:quarkus-redis-client',
      ],
    },
    {
      id: 'dynamodb',
      names: [
        'software.amazon.awssdk:dynamodb',
        'software.amazon.awssdk:dynamodb-enhanced',
        'com.amazonaws:aws-java-sdk-dynamodb',
        'io.awspring.cloud:spring-cloud-aws-starter-dynamodb',
      ],
    },
    { id: 'sqlite', names: ['org.xerial:sqlite-jdbc'] },
    { id: 'sqlserver', names: ['com.microsoft.sqlserver:mssql-jdbc', 'io.quarkus:quarkus-jdbc-mssql'] },
    {
      id: 'elasticsearch',
      names: [
        'co.elastic.clients:elasticsearch-java',
        'org.elasticsearch.client:*',
        'org.springframework.boot:spring-boot-starter-data-elasticsearch',
      ],
    },
    { id: 'opensearch', names: ['org.opensearch.client:*'] },
    {
      id: 'rabbitmq',
      names: ['com.rabbitmq:amqp-client', 'org.springframework.boot:spring-boot-starter-amqp', 'org.springframework.amqp:spring-rabbit'],
    },
    {
      id: 'kafka',
      names: [
        'org.apache.kafka:kafka-clients',
        'org.springframework.kafka:spring-kafka',
        'io.quarkus:quarkus-kafka-client',
        'io.quarkus:quarkus-messaging-kafka',
        'io.quarkus:quarkus-smallrye-reactive-messaging-kafka',
      ],
    },
    { id: 'memcached', names: ['net.spy:spymemcached', 'com.googlecode.xmemcached:xmemcached'] },
    { id: 'cassandra', names: ['com.datastax.oss:java-driver-core', 'org.springframework.boot:spring-boot-starter-data-cassandra'] },
    { id: 'h2', names: ['com.h2database:h2'] },
  ],
  messaging: [
    {
      id: 'sqs',
      names: [
        'software.amazon.awssdk:sqs',
        'com.amazonaws:aws-java-sdk-sqs',
        'io.awspring.cloud:spring-cloud-aws-starter-sqs',
        'io.awspring.cloud:spring-cloud-aws-messaging',
      ],
    },
    {
      id: 'sns',
      names: ['software.amazon.awssdk:sns', 'com.amazonaws:aws-java-sdk-sns', 'io.awspring.cloud:spring-cloud-aws-starter-sns'],
    },
    {
      id: 'rabbitmq',
      names: ['com.rabbitmq:amqp-client', 'org.springframework.boot:spring-boot-starter-amqp', 'org.springframework.amqp:spring-rabbit'],
    },
    {
      id: 'kafka',
      names: [
        'org.apache.kafka:kafka-clients',
        'org.springframework.kafka:spring-kafka',
        'io.quarkus:quarkus-kafka-client',
        'io.quarkus:quarkus-messaging-kafka',
      ],
    },
    { id: 'kinesis', names: ['software.amazon.awssdk:kinesis', 'com.amazonaws:amazon-kinesis-client'] },
  ],
  markers: [],
  content: [
    {
      kind: 'datastore',
      name: /^application[^/]*\.(properties|ya?ml)$/,
      files: /(^|\/)src\/main\/resources\/application[^/]*\.(properties|ya?ml)$/,
      pattern: /jdbc:(postgresql|mysql|mariadb|sqlserver|h2|sqlite)|db-kind\s*[=:]\s*(postgresql|mysql|mariadb|mssql|h2)/,
      ids: {
        postgresql: 'postgresql',
        mysql: 'mysql',
        mariadb: 'mariadb',
        sqlserver: 'sqlserver',
        mssql: 'sqlserver',
        h2: 'h2',
        sqlite: 'sqlite',
      },
    },
  ],
  implies: {},
  defaultPorts: { 'spring-boot': 8080, quarkus: 8080, micronaut: 8080, ktor: 8080 },
};
