// Dockerfiles, compose files, env examples, IaC templates and the markdown renderer.
import { describe, expect, it } from 'vitest';
import { parseCompose, parseDockerfile } from '../../src/profile/docker';
import { scanEnv } from '../../src/profile/env';
import { classifyTemplate } from '../../src/profile/iac';
import { renderProfileMarkdown } from '../../src/profile/render';
import { imageDatastore } from '../../src/profile/signals';

describe('Dockerfile', () => {
  it('reads the final stage: EXPOSE and ENTRYPOINT + CMD, with continuation lines', () => {
    const d = parseDockerfile(
      'FROM node AS build\nEXPOSE 9999\nCMD ["x"]\n\nFROM node:24-slim\n# EXPOSE 1\nEXPOSE 8080/tcp \\\n  9090\nENTRYPOINT ["node"]\nCMD ["dist/main.js"]\n',
    );
    expect(d).toEqual({ expose: [8080, 9090], cmd: 'node dist/main.js', baseImage: 'node:24-slim' });
    expect(parseDockerfile('FROM scratch\n')).toEqual({ expose: [], cmd: null, baseImage: 'scratch' });
  });
});

describe('compose', () => {
  it('reads build contexts, images, container ports, depends_on and environment in both syntaxes', () => {
    const { services } = parseCompose(
      'services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile.prod\n    ports: ["8080:3000", {target: 4000, published: 4000}]\n    expose: [9000]\n    depends_on: { db: { condition: service_healthy } }\n    environment: [REDIS_URL=redis://cache:6379]\n  db:\n    image: docker.io/library/postgres:16@sha256:abc\n    profiles: [debug]\n    env_file: .env.db\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n',
    );
    expect(services[0]).toEqual({
      name: 'api',
      line: 2,
      context: './api',
      dockerfile: 'Dockerfile.prod',
      ports: [3000, 4000, 9000],
      publishedPorts: [3000, 4000],
      dependsOn: ['db'],
      environment: ['REDIS_URL=redis://cache:6379'],
      environmentLines: [9],
    });
    expect(services[1]).toMatchObject({ line: 10, profiles: ['debug'], envFile: ['.env.db'], healthcheck: 'CMD pg_isready' });
    expect(imageDatastore(services[1].image!)).toBe('postgresql');
  });

  it.each([
    ['bitnami/redis:7.2', 'redis'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'sqlserver'],
    ['confluentinc/cp-kafka', 'kafka'],
    ['opensearchproject/opensearch:2', 'opensearch'],
    ['amazon/dynamodb-local', 'dynamodb'],
    ['nginx:alpine', undefined],
    ['ghcr.io/acme/postgres-backup', undefined],
  ])('image %s → %s', (image, id) => expect(imageDatastore(image)).toBe(id));
});

describe('env examples', () => {
  it('finds datastores by URL scheme and selector, messaging endpoints and the port; values are not kept', () => {
    const env = scanEnv([
      '# comment with postgres://ignored',
      'export DATABASE_URL="postgresql+asyncpg://u:p@h/db"',
      'MONGO=mongodb+srv://cluster',
      'SPRING_DATASOURCE_URL=jdbc:mysql://db:3306/x',
      'DB_CONNECTION=pgsql',
      'CACHE_STORE=redis',
      'QUEUE_CONNECTION=sqs',
      'EVENTS=arn:aws:sns:us-east-1:1:t',
      'BROKER=amqps://mq',
      'PORT=4000',
    ]);
    expect(env).toEqual({
      datastores: ['mongodb', 'mysql', 'postgresql', 'rabbitmq', 'redis'],
      messaging: ['rabbitmq', 'sns', 'sqs'],
      port: 4000,
    });
  });
});

describe('IaC templates', () => {
  it.each([
    ['t.yaml', "AWSTemplateFormatVersion: '2010-09-09'\n", 'cloudformation'],
    ['sam.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources: {}\n', 'cloudformation'],
    ['stack.template.json', '{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}', 'cloudformation'],
    ['deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\n', 'kubernetes'],
    ['multi.yaml', '---\nkind: Service\nmetadata: {}\napiVersion: v1\n', 'kubernetes'],
    ['config.yaml', 'kind: of a thing\nname: x\n', undefined],
  ])('%s → %s', (path, text, kind) => expect(classifyTemplate(path, text)).toBe(kind));
});

describe('profile markdown', () => {
  it('renders services, overrides and warnings', () => {
    const md = renderProfileMarkdown({
      languages: [{ name: 'typescript', files: 3, bytes: 300, share: 1 }],
      frameworks: ['express'],
      datastores: ['mysql'],
      packageManagers: ['npm'],
      services: [
        {
          name: 'api',
          path: '.',
          languages: ['typescript'],
          frameworks: ['express'],
          datastores: ['mysql'],
          port: 3000,
          dockerfile: 'Dockerfile',
          build: 'npm run build',
          start: 'npm start',
        },
      ],
      docker: { dockerfiles: ['Dockerfile'], compose: [] },
      iac: { terraform: ['infra/main.tf'], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
      overrides: [{ field: 'datastores', stated: ['mysql'], detected: ['postgresql'], source: 'inframate.md' }],
      warnings: [{ file: 'package.json', line: 2, message: 'malformed | JSON' }],
    }).join('\n');
    expect(md).toContain('typescript 100.0%');
    expect(md).toContain('| api | `.` | typescript | express | mysql | 3000 | `npm run build` | `npm start` |');
    expect(md).toContain('terraform (1 file)');
    expect(md).toContain('**datastores:** `mysql` (detected: `postgresql`)');
    expect(md).toContain('`package.json:2`: malformed \\| JSON');
  });
});
