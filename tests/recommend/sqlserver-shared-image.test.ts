import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/recommend';
import { commandOf } from '../../src/recommend/rules';
import { componentSchema, parseParameters, type Component, type ComponentKind, type ComponentOf } from '../../src/recommend/vocabulary';
import { profile, requirements, service } from './helpers';

const find = <K extends ComponentKind>(cs: Component[], kind: K, svc?: string) =>
  cs.find((c) => c.kind === kind && (svc === undefined || c.service === svc)) as ComponentOf<K> | undefined;
const all = <K extends ComponentKind>(cs: Component[], kind: K) => cs.filter((c) => c.kind === kind) as ComponentOf<K>[];

const dotnetApp = () =>
  profile([
    service({
      name: 'web',
      languages: ['csharp'],
      frameworks: ['aspnetcore'],
      datastores: ['sqlserver'],
      port: 8080,
      dockerfile: 'src/Web/Dockerfile',
      path: 'src/Web',
    }),
  ]);

describe('SQL Server datastore', () => {
  it('a detected sqlserver datastore → rds-sqlserver (Express on a small budget), wired like the other RDS engines', () => {
    const r = recommend(dotnetApp(), requirements({ environment: 'dev' }));
    const db = find(r.components, 'rds-sqlserver');
    expect(db).toBeDefined();
    expect(db!.parameters).toMatchObject({
      edition: 'sqlserver-ex',
      instanceClass: 'db.t3.small',
      multiAz: false,
      deletionProtection: false,
    });
    expect(db!.rationale).toMatch(/SQL Server 2022 Express/);
    expect(db!.rationale).toMatch(/not priced/);
    expect(r.notes.join(' ')).not.toMatch(/SQL Server is not generated/);
    expect(r.notes.join(' ')).toMatch(/does not create the application database/);
    expect(r.serviceDatastores?.web).toContain('sqlserver');
  });

  it('production with high availability → Standard Edition, Multi-AZ, deletion protection, Performance Insights', () => {
    const r = recommend(dotnetApp(), requirements({ environment: 'prod', availability: 'high', budgetMonthly: 3000 }));
    const db = find(r.components, 'rds-sqlserver')!;
    expect(db.parameters).toMatchObject({
      edition: 'sqlserver-se',
      instanceClass: 'db.m6i.large',
      multiAz: true,
      deletionProtection: true,
      performanceInsights: true,
    });
    expect(db.rationale).toMatch(/Standard Edition.*Multi-AZ/);
  });

  it('a small budget in production keeps Express single-AZ even with high availability asked (Express has no Multi-AZ)', () => {
    const r = recommend(dotnetApp(), requirements({ environment: 'prod', availability: 'high', budgetMonthly: 50 }));
    const db = find(r.components, 'rds-sqlserver')!;
    expect(db.parameters.edition).toBe('sqlserver-ex');
    expect(db.parameters.multiAz).toBe(false);
    expect(db.parameters.deletionProtection).toBe(true);
  });

  it('the schema rejects classes an edition does not offer and Multi-AZ on Express', () => {
    const base = {
      edition: 'sqlserver-ex',
      instanceClass: 'db.t3.small',
      engineVersion: '16.00',
      allocatedStorageGb: 20,
      maxAllocatedStorageGb: 100,
      multiAz: false,
      backupRetentionDays: 7,
      deletionProtection: false,
      performanceInsights: false,
    };
    expect(() => parseParameters('rds-sqlserver', base)).not.toThrow();
    expect(() => parseParameters('rds-sqlserver', { ...base, multiAz: true })).toThrow(/Multi-AZ/);
    expect(() => parseParameters('rds-sqlserver', { ...base, instanceClass: 'db.m6i.large' })).toThrow(/not offered for sqlserver-ex/);
    expect(() => parseParameters('rds-sqlserver', { ...base, edition: 'sqlserver-se' })).toThrow(/not offered for sqlserver-se/);
    expect(() => parseParameters('rds-sqlserver', { ...base, instanceClass: 'db.t4g.micro' })).toThrow();
    expect(() => parseParameters('rds-sqlserver', { ...base, edition: 'sqlserver-ee' })).toThrow();
  });
});

/** A web app and a queue worker built from the same folder and Dockerfile (compose `command: celery … worker`). */
const celeryApp = (workerStart: string | null = 'celery worker --app=worker.celery --loglevel=info') =>
  profile([
    service({
      name: 'web',
      path: 'project',
      languages: ['python'],
      frameworks: ['fastapi'],
      datastores: ['redis'],
      port: 8000,
      dockerfile: 'project/Dockerfile',
      start: 'uvicorn main:app',
    }),
    service({
      name: 'worker',
      path: 'project',
      languages: ['python'],
      datastores: ['redis'],
      dockerfile: 'project/Dockerfile',
      start: workerStart,
    }),
  ]);

describe('worker sharing the web image', () => {
  it('reuses the web service ECR repository: no second repository, its own ECS service, no load balancer', () => {
    const r = recommend(celeryApp(), requirements());
    expect(all(r.components, 'ecr-repository').map((c) => c.service)).toEqual(['web']);
    // One load balancer for the environment; only the web service is public.
    expect(all(r.components, 'alb')).toHaveLength(1);
    expect(all(r.components, 'ecs-fargate-service').map((c) => [c.service, c.wiring?.role])).toEqual([
      ['web', 'web'],
      ['worker', 'worker'],
    ]);
    const worker = find(r.components, 'ecs-fargate-service', 'worker')!;
    expect(worker.imageFrom).toBe('web');
    expect(worker.command).toEqual(['celery', 'worker', '--app=worker.celery', '--loglevel=info']);
    expect(worker.rationale).toMatch(/Runs the image of web/);
    expect(find(r.components, 'ecs-fargate-service', 'web')!.imageFrom).toBeUndefined();
    expect(() => componentSchema.parse(worker)).not.toThrow();
  });

  it('services built from different folders or Dockerfiles keep their own repositories', () => {
    const p = celeryApp();
    p.services[1]!.dockerfile = 'project/worker.Dockerfile';
    const r = recommend(p, requirements());
    expect(all(r.components, 'ecr-repository').map((c) => c.service)).toEqual(['web', 'worker']);
    expect(find(r.components, 'ecs-fargate-service', 'worker')!.imageFrom).toBeUndefined();
  });

  it('a shared-image worker with no known command is told to set one', () => {
    const r = recommend(celeryApp(null), requirements());
    const worker = find(r.components, 'ecs-fargate-service', 'worker')!;
    expect(worker.imageFrom).toBe('web');
    expect(worker.command).toBeUndefined();
    expect(worker.rationale).toMatch(/set its `command`: none was found/);
  });

  it('start lines with shell syntax run through sh -c; plain ones become arguments', () => {
    expect(commandOf('bundle exec sidekiq -C config/sidekiq.yml')).toEqual(['bundle', 'exec', 'sidekiq', '-C', 'config/sidekiq.yml']);
    expect(commandOf('php artisan migrate && php artisan queue:work')).toEqual([
      'sh',
      '-c',
      'php artisan migrate && php artisan queue:work',
    ]);
    expect(commandOf('celery -A "app.tasks" worker')).toEqual(['sh', '-c', 'celery -A "app.tasks" worker']);
  });
});
