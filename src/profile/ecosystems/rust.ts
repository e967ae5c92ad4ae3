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
  // Entry points are read for the address they bind (Rust servers have no conventional port);
  // the framework they confirm is already known from Cargo.toml.
  markers: [
    {
      id: 'axum',
      files: ['src/main.rs', 'src/server.rs', 'src/app.rs', 'src/http/mod.rs', 'src/routes/mod.rs'],
      contains: /\baxum::(serve|Server)\b/,
    },
    {
      id: 'actix-web',
      files: ['src/main.rs', 'src/server.rs', 'src/app.rs'],
      contains: /\bHttpServer::new\b/,
    },
  ],
  content: [],
  implies: {},
  defaultPorts: { rocket: 8000 },
};
