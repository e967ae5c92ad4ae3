// Ruby (Bundler).
import { gemfile } from '../manifests/ruby';
import type { Ecosystem } from './types';

export const ruby: Ecosystem = {
  id: 'ruby',
  manifests: [gemfile],
  frameworks: [
    { id: 'rails', names: ['rails', 'railties'] },
    { id: 'sinatra', names: ['sinatra'] },
    { id: 'jekyll', names: ['jekyll', 'github-pages'] },
  ],
  datastores: [
    { id: 'postgresql', names: ['pg', 'sequel_pg'] },
    { id: 'mysql', names: ['mysql2', 'trilogy'] },
    { id: 'mongodb', names: ['mongoid', 'mongo'] },
    { id: 'redis', names: ['redis', 'sidekiq', 'resque', 'redis-rails', 'hiredis', 'kredis'] },
    { id: 'dynamodb', names: ['aws-sdk-dynamodb', 'dynamoid'] },
    { id: 'sqlite', names: ['sqlite3'] },
    { id: 'sqlserver', names: ['activerecord-sqlserver-adapter', 'tiny_tds'] },
    { id: 'elasticsearch', names: ['elasticsearch', 'searchkick', 'elasticsearch-model', 'chewy'] },
    { id: 'opensearch', names: ['opensearch-ruby'] },
    { id: 'rabbitmq', names: ['bunny', 'sneakers'] },
    { id: 'kafka', names: ['ruby-kafka', 'rdkafka', 'karafka', 'racecar'] },
    { id: 'memcached', names: ['dalli'] },
    { id: 'cassandra', names: ['cassandra-driver'] },
  ],
  messaging: [
    { id: 'sqs', names: ['aws-sdk-sqs', 'shoryuken'] },
    { id: 'sns', names: ['aws-sdk-sns'] },
    { id: 'rabbitmq', names: ['bunny', 'sneakers'] },
    { id: 'kafka', names: ['ruby-kafka', 'rdkafka', 'karafka', 'racecar'] },
  ],
  markers: [
    { id: 'rails', files: ['bin/rails', 'config/application.rb'], contains: /rails/i },
    { id: 'jekyll', files: ['_config.yml', '_config.yaml'] },
  ],
  content: [
    {
      kind: 'datastore',
      name: /^database\.yml$/,
      files: /(^|\/)config\/database\.yml$/,
      pattern: /adapter:\s*["']?(postgresql|postgis|mysql2|trilogy|sqlite3|sqlserver)/,
      ids: {
        postgresql: 'postgresql',
        postgis: 'postgresql',
        mysql2: 'mysql',
        trilogy: 'mysql',
        sqlite3: 'sqlite',
        sqlserver: 'sqlserver',
      },
    },
    {
      kind: 'datastore',
      name: /^cable\.yml$/,
      files: /(^|\/)config\/cable\.yml$/,
      pattern: /production:\s*\n\s*adapter:\s*(redis)/,
      ids: { redis: 'redis' },
      // Action Cable's redis adapter loads the redis gem: without it, the generated cable.yml is unused.
      requiresDeps: ['redis'],
    },
  ],
  usage: [
    {
      deps: ['aws-sdk', 'aws-sdk-core'],
      files: /\.rb$/,
      pattern: /Aws::(SQS|SNS|DynamoDB|Kinesis|EventBridge)::/g,
      ids: {
        SQS: { kind: 'messaging', id: 'sqs' },
        SNS: { kind: 'messaging', id: 'sns' },
        Kinesis: { kind: 'messaging', id: 'kinesis' },
        EventBridge: { kind: 'messaging', id: 'eventbridge' },
        DynamoDB: { kind: 'datastore', id: 'dynamodb' },
      },
    },
  ],
  implies: {},
  defaultPorts: { rails: 3000, sinatra: 4567 },
};
