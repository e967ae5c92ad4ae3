import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend';
import type { Component, ComponentKind, ComponentOf } from '../../src/recommend/vocabulary';
import { apiProfile, profile, requirements, service } from './helpers';

const find = <K extends ComponentKind>(cs: Component[], kind: K) => cs.find((c) => c.kind === kind) as ComponentOf<K> | undefined;
const kinds = (cs: Component[]) => cs.map((c) => c.kind);

describe('rules engine', () => {
  it('containerized API with PostgreSQL and Redis → VPC, ECS Fargate + ALB + ECR, RDS, ElastiCache, secrets, observability', () => {
    const r = recommend(apiProfile(), requirements());
    expect(kinds(r.components)).toEqual(
      expect.arrayContaining([
        'vpc',
        'ecs-cluster',
        'ecr-repository',
        'ecs-fargate-service',
        'alb',
        'rds-postgresql',
        'elasticache-redis',
        'observability',
      ]),
    );
    // No run contract here: conventional names per datastore, no invented credential blobs or
    // empty APP_SECRETS secret (generated secrets only for variables the code reads).
    expect(kinds(r.components)).not.toContain('secrets');
    const svc = find(r.components, 'ecs-fargate-service')!;
    expect(svc.wiring?.env.map((e) => e.name)).toEqual(['DATABASE_URL', 'REDIS_URL', 'PORT']);
    expect(svc.wiring?.env[0]).toMatchObject({ from: 'datastore-secret', store: 'postgresql', key: 'url_no_verify' });
    expect(r.notes.join(' ')).toMatch(/No run contract was built/);
    expect(find(r.components, 'ecs-fargate-service')!.parameters.containerPort).toBe(4000);
    expect(r.source).toBe('rules');
    for (const c of r.components) expect(c.rationale.length).toBeGreaterThan(10);
  });

  it('a tight budget gives a different, explained architecture than a generous one', () => {
    const cheap = recommend(apiProfile(), requirements({ environment: 'prod', budgetMonthly: 50 })).components;
    const rich = recommend(apiProfile(), requirements({ environment: 'prod', budgetMonthly: 2000 })).components;
    expect(find(cheap, 'vpc')!.parameters.singleNatGateway).toBe(true);
    expect(find(rich, 'vpc')!.parameters.singleNatGateway).toBe(false);
    expect(find(cheap, 'rds-postgresql')!.parameters.instanceClass).toBe('db.t4g.micro');
    expect(find(rich, 'rds-postgresql')!.parameters.instanceClass).toBe('db.m7g.large');
    expect(find(cheap, 'ecs-fargate-service')!.parameters.cpu).toBeLessThan(find(rich, 'ecs-fargate-service')!.parameters.cpu);
    expect(find(cheap, 'vpc')!.rationale).toMatch(/one NAT gateway/);
    expect(find(rich, 'vpc')!.rationale).toMatch(/per AZ/);
    expect(find(cheap, 'ecs-fargate-service')!.rationale).toMatch(/minimal budget/);
  });

  it('high availability → Multi-AZ database, at least two tasks, three AZs, Redis failover', () => {
    const low = recommend(apiProfile(), requirements({ availability: 'low' })).components;
    const high = recommend(apiProfile(), requirements({ availability: 'high', budgetMonthly: 1000 })).components;
    expect(find(low, 'rds-postgresql')!.parameters.multiAz).toBe(false);
    expect(find(high, 'rds-postgresql')!.parameters.multiAz).toBe(true);
    expect(find(low, 'ecs-fargate-service')!.parameters.minTasks).toBe(1);
    expect(find(high, 'ecs-fargate-service')!.parameters.minTasks).toBeGreaterThanOrEqual(2);
    expect(find(high, 'vpc')!.parameters.azCount).toBe(3);
    expect(find(high, 'elasticache-redis')!.parameters.automaticFailover).toBe(true);
    expect(find(high, 'rds-postgresql')!.rationale).toMatch(/Multi-AZ/);
  });

  it('a container with no port and no web framework is a worker: no load balancer', () => {
    const r = recommend(profile([service({ name: 'worker', dockerfile: 'Dockerfile', datastores: ['postgresql'] })]), requirements());
    expect(kinds(r.components)).toContain('ecs-fargate-service');
    expect(kinds(r.components)).not.toContain('alb');
    expect(find(r.components, 'ecs-fargate-service')!.rationale).toMatch(/worker/);
  });

  it('containers run on Graviton only when the budget asks for it, and never on Fargate Spot (x86_64 only)', () => {
    expect(
      find(recommend(apiProfile(), requirements({ budgetMonthly: 60, environment: 'prod' })).components, 'ecs-fargate-service')!.parameters
        .architecture,
    ).toBe('arm64');
    const spot = find(recommend(apiProfile(), requirements({ budgetMonthly: 60 })).components, 'ecs-fargate-service')!.parameters;
    expect([spot.spot, spot.architecture]).toEqual([true, 'x86_64']);
    expect(
      find(recommend(apiProfile(), requirements({ environment: 'prod' })).components, 'ecs-fargate-service')!.parameters.architecture,
    ).toBe('x86_64');
  });

  it('a library (no service) gets no compute, with a note; inframate.md services are deployed', () => {
    const lib = recommend(profile([]), requirements());
    expect(kinds(lib.components)).toEqual(['observability']);
    expect(lib.notes.join(' ')).toMatch(/No deployable service/);
    const named = recommend(
      profile([], { docker: { dockerfiles: ['Dockerfile'], compose: [] } }),
      requirements({ services: [{ name: 'api', port: 8080 }] }),
    );
    expect(find(named.components, 'ecs-fargate-service')!.parameters.containerPort).toBe(8080);
  });

  it('retention periods written in inframate.md are honoured (rounded up to what CloudWatch allows)', () => {
    const r = recommend(apiProfile(), requirements({ notes: ['Logs kept for 45 days.', 'Backups retained 10 days'] }));
    expect(find(r.components, 'observability')!.parameters.logRetentionDays).toBe(60);
    expect(find(r.components, 'observability')!.rationale).toMatch(/as inframate\.md asks/);
    expect(find(r.components, 'rds-postgresql')!.parameters.backupRetentionDays).toBe(10);
    expect(find(recommend(apiProfile(), requirements()).components, 'observability')!.parameters.logRetentionDays).toBe(14);
  });

  it('prod turns on deletion protection; dev does not', () => {
    expect(
      find(recommend(apiProfile(), requirements({ environment: 'prod' })).components, 'rds-postgresql')!.parameters.deletionProtection,
    ).toBe(true);
    expect(
      find(recommend(apiProfile(), requirements({ environment: 'dev' })).components, 'rds-postgresql')!.parameters.deletionProtection,
    ).toBe(false);
  });

  it('static site → private S3 + CloudFront, no VPC', () => {
    const r = recommend(profile([service({ name: 'web', frameworks: ['react', 'vite'], build: 'npm run build' })]), requirements());
    expect(kinds(r.components)).toEqual(expect.arrayContaining(['s3-static-site', 'cloudfront']));
    expect(kinds(r.components)).not.toContain('vpc');
    expect(find(r.components, 's3-static-site')!.parameters.singlePageApp).toBe(true);
  });

  it('small handler → Lambda + HTTP API; inframate.md can force the compute', () => {
    const handler = profile([service({ name: 'hook', languages: ['python'] })]);
    expect(kinds(recommend(handler, requirements()).components)).toEqual(expect.arrayContaining(['lambda-function', 'api-gateway-http']));
    expect(find(recommend(handler, requirements()).components, 'lambda-function')!.parameters.runtime).toBe('python3.13');
    expect(kinds(recommend(apiProfile(), requirements({ compute: 'lambda' })).components)).toContain('lambda-function');
  });

  it('MongoDB → DocumentDB with a compatibility caveat; SQLite → a note, no component', () => {
    const r = recommend(
      profile([service({ name: 'api', frameworks: ['express'], datastores: ['mongodb', 'sqlite'], dockerfile: 'Dockerfile' })]),
      requirements(),
    );
    expect(kinds(r.components)).toContain('documentdb');
    expect(r.notes.join(' ')).toMatch(/partially/);
    expect(r.notes.join(' ')).toMatch(/SQLite/);
  });

  it('Aurora Serverless v2 when inframate.md asks for it; queues where the code uses them', () => {
    const r = recommend({ ...apiProfile(), messaging: ['sqs'] }, requirements({ notes: ['Use Aurora Serverless v2 for the database'] }));
    expect(kinds(r.components)).toContain('aurora-serverless-v2');
    expect(kinds(r.components)).not.toContain('rds-postgresql');
    expect(kinds(r.components)).toContain('sqs-queue');
  });
});
