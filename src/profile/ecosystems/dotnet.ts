// .NET (NuGet). The project SDK appears as "sdk:<name>".
import { dotnetProject } from '../manifests/dotnet';
import type { Ecosystem } from './types';

export const dotnet: Ecosystem = {
  id: 'dotnet',
  manifests: [dotnetProject],
  frameworks: [{ id: 'aspnetcore', names: ['sdk:Microsoft.NET.Sdk.Web', 'Microsoft.AspNetCore.*', 'Swashbuckle.AspNetCore'] }],
  datastores: [
    { id: 'postgresql', names: ['Npgsql', 'Npgsql.EntityFrameworkCore.PostgreSQL'] },
    { id: 'mysql', names: ['MySql.Data', 'MySqlConnector', 'Pomelo.EntityFrameworkCore.MySql', 'MySql.EntityFrameworkCore'] },
    { id: 'mongodb', names: ['MongoDB.Driver', 'MongoDB.EntityFrameworkCore'] },
    {
      id: 'redis',
      names: ['StackExchange.Redis', 'Microsoft.Extensions.Caching.StackExchangeRedis', 'Microsoft.Extensions.Caching.Redis'],
    },
    { id: 'dynamodb', names: ['AWSSDK.DynamoDBv2'] },
    { id: 'sqlite', names: ['Microsoft.Data.Sqlite', 'Microsoft.EntityFrameworkCore.Sqlite', 'System.Data.SQLite'] },
    { id: 'sqlserver', names: ['Microsoft.Data.SqlClient', 'System.Data.SqlClient', 'Microsoft.EntityFrameworkCore.SqlServer'] },
    { id: 'elasticsearch', names: ['Elastic.Clients.Elasticsearch', 'NEST', 'Elasticsearch.Net'] },
    { id: 'opensearch', names: ['OpenSearch.Client', 'OpenSearch.Net'] },
    { id: 'rabbitmq', names: ['RabbitMQ.Client', 'MassTransit.RabbitMQ', 'EasyNetQ'] },
    { id: 'kafka', names: ['Confluent.Kafka', 'MassTransit.Kafka'] },
    { id: 'memcached', names: ['EnyimMemcachedCore'] },
    { id: 'cassandra', names: ['CassandraCSharpDriver'] },
  ],
  messaging: [
    { id: 'sqs', names: ['AWSSDK.SQS', 'MassTransit.AmazonSQS'] },
    { id: 'sns', names: ['AWSSDK.SimpleNotificationService'] },
    { id: 'rabbitmq', names: ['RabbitMQ.Client', 'MassTransit.RabbitMQ', 'EasyNetQ'] },
    { id: 'kafka', names: ['Confluent.Kafka', 'MassTransit.Kafka'] },
  ],
  markers: [],
  content: [],
  implies: {},
  defaultPorts: { aspnetcore: 8080 },
};
