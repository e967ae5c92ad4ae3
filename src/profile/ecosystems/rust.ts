// Rust (Cargo). Enabled features appear as "crate/feature" (sqlx/postgres).
import { cargoToml } from '../manifests/rust';
import type { Ecosystem } from './types';

export const rust: Ecosystem = {
  id: 'rust',
  manifests: [cargoToml],
  frameworks: [
    { id: 'actix-web', names: ['actix-web'] },
    { id: 'axum', names: ['axum'] },
    { id: 'rocket', names: ['rocket'] },
  ],
  datastores: [
    {
      id: 'postgresql',
      names: ['tokio-postgres', 'postgres', 'deadpool-postgres', 'sqlx/postgres', 'diesel/postgres', 'sea-orm/sqlx-postgres'],
    },
    { id: 'mysql', names: ['mysql', 'mysql_async', 'sqlx/mysql', 'diesel/mysql', 'sea-orm/sqlx-mysql'] },
    { id: 'mongodb', names: ['mongodb'] },
    { id: 'redis', names: ['redis', 'deadpool-redis', 'fred', 'bb8-redis'] },
    { id: 'dynamodb', names: ['aws-sdk-dynamodb'] },
    { id: 'sqlite', names: ['rusqlite', 'sqlx/sqlite', 'diesel/sqlite', 'sea-orm/sqlx-sqlite'] },
    { id: 'sqlserver', names: ['tiberius'] },
    { id: 'elasticsearch', names: ['elasticsearch'] },
    { id: 'opensearch', names: ['opensearch'] },
    { id: 'rabbitmq', names: ['lapin', 'amiquip'] },
    { id: 'kafka', names: ['rdkafka', 'kafka'] },
    { id: 'memcached', names: ['memcache'] },
    { id: 'cassandra', names: ['scylla', 'cdrs-tokio'] },
  ],
  messaging: [
    { id: 'sqs', names: ['aws-sdk-sqs'] },
    { id: 'sns', names: ['aws-sdk-sns'] },
    { id: 'rabbitmq', names: ['lapin', 'amiquip'] },
    { id: 'kafka', names: ['rdkafka', 'kafka'] },
    { id: 'nats', names: ['async-nats', 'nats'] },
  ],
  markers: [],
  content: [],
  implies: {},
  defaultPorts: { rocket: 8000 },
};
