import { describe, expect, it } from 'vitest';
import { containerNames, loadGenerated, unitContainer, unitResources } from '../layout/evaluated';
import { estimateCosts } from '../../src/cost/engine';
import { validateModule } from '../../src/terraform/validate';
import { profile, requirements, service } from '../recommend/helpers';
import { renderFor } from './module';

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

const celeryApp = () =>
  profile([
    service({ name: 'web', path: 'project', frameworks: ['fastapi'], datastores: ['redis'], port: 8000, dockerfile: 'project/Dockerfile' }),
    service({ name: 'worker', path: 'project', datastores: ['redis'], dockerfile: 'project/Dockerfile', start: 'celery -A app worker' }),
  ]);

const blocking = (findings: { severity: string }[]) => findings.filter((f) => f.severity === 'high' || f.severity === 'critical');

describe('generated RDS for SQL Server', () => {
  for (const [label, req] of [
    ['dev (Express)', requirements({ environment: 'dev' })],
    ['prod, high availability (Standard, Multi-AZ)', requirements({ environment: 'prod', availability: 'high', budgetMonthly: 3000 })],
  ] as const) {
    it(`${label}: passes the validation gate with nothing high or critical`, async () => {
      const { files } = renderFor(dotnetApp(), req);
      const v = await validateModule('/tmp/x', files);
      expect(v.schemaErrors).toEqual([]);
      expect(v.unresolvedReferences).toEqual([]);
      expect(blocking(v.findings)).toEqual([]);
      expect(v.passed).toBe(true);
    });
  }

  it('is private, encrypted, licence-included on 1433, reachable only from the service that uses it', async () => {
    const { files } = renderFor(dotnetApp(), requirements({ environment: 'prod', availability: 'high', budgetMonthly: 3000 }));
    const db = files.get('database-sqlserver.tf')!;
    expect(db).toContain('engine         = "sqlserver-se"');
    expect(db).toContain('license_model  = "license-included"');
    expect(db).toContain('family = "sqlserver-se-16.0"');
    // Write-only password (never in state) kept in the connection secret, no RDS-managed rotation.
    expect(db).toMatch(/password_wo\s+= ephemeral\.random_password\.sqlserver\.result/);
    expect(db).not.toMatch(/manage_master_user_password/);
    expect(db).toMatch(/storage_encrypted\s+= true/);
    expect(db).toMatch(/publicly_accessible\s+= false/);
    expect(db).toMatch(/multi_az\s+= true/);
    expect(db).toMatch(/deletion_protection\s+= true/);
    expect(db).toContain('port     = 1433');
    expect(db).not.toMatch(/db_name/);
    expect(db).not.toMatch(/0\.0\.0\.0\/0/);
    expect([...db.matchAll(/resource "aws_vpc_security_group_ingress_rule"/g)]).toHaveLength(1);
    expect(db).toContain('referenced_security_group_id = module.ecs_service[each.key].security_group_id');
    // Evaluated: one ingress rule, from the one service whose map entry lists sqlserver.
    const ingress = (await loadGenerated(files)).resources.filter(
      (r) => r.type === 'aws_vpc_security_group_ingress_rule' && r.name === 'sqlserver_from_services',
    );
    expect(ingress.map((r) => [r.index, r.attributes.from_port])).toEqual([['web', 1433]]);
    const web = files.get('ecs-services.tf')!;
    expect(web).toMatch(/"DATABASE_HOST"\s+= aws_db_instance\.sqlserver\.address\n/);
    expect(web).toMatch(/"DATABASE_USER"\s+= "app_admin"\n/);
    // The password alone, by per-key valueFrom of the connection secret.
    expect(web).toMatch(/"DATABASE_PASSWORD"\s+= "\$\{aws_secretsmanager_secret\.sqlserver_connection\.arn\}:password::"\n/);
    expect(containerNames(unitContainer(await loadGenerated(files), 'web')).secrets).toContain('DATABASE_PASSWORD');
    expect(files.get('observability.tf')!).toContain('aws_db_instance.sqlserver.identifier');
  });

  it('the cost engine prices its storage and reports the licence-included instance hours as unknown, never guessed', async () => {
    const { files } = renderFor(dotnetApp(), requirements({ environment: 'dev' }));
    const v = await validateModule('/tmp/x', files);
    const est = estimateCosts(v.loaded, { region: 'us-east-1' });
    const db = est.resources.find((r) => r.address === 'aws_db_instance.sqlserver')!;
    const instance = db.components.find((c) => /instance/i.test(c.name))!;
    expect(instance.monthlyCost).toBeNull();
    // 20 GB of gp3 at $0.115/GB-month.
    expect(db.components.find((c) => /storage/i.test(c.name))!.monthlyCost).toBeCloseTo(2.3, 2);
  });
});

describe('generated worker sharing the web image', () => {
  it('has one ECR repository; the worker task definition pulls and runs the web image with its own command', async () => {
    const { files } = renderFor(celeryApp(), requirements());
    // One repository (the web unit's); the worker's map entry names it as its image.
    expect(files.get('ecr-repositories.tf')).toMatch(/"web" = \{/);
    expect(files.get('ecr-repositories.tf')).not.toMatch(/"worker" = \{/);
    const root = files.get('ecs-services.tf')!;
    const workerEntry = root.slice(root.indexOf('"worker" = {'));
    expect(workerEntry).toMatch(/image\s+= "web"/);
    expect(workerEntry).toMatch(/command\s+= \["celery", "-A", "app", "worker"\]/);
    expect(workerEntry).toMatch(/listens\s+= false/);
    const loaded = await loadGenerated(files);
    const worker = unitContainer(loaded, 'worker');
    expect(worker.command).toEqual(['celery', '-A', 'app', 'worker']);
    expect(unitResources(loaded, 'worker', 'aws_ecs_service')).toHaveLength(1);
    expect(unitResources(loaded, 'worker', 'aws_ecs_service')[0]!.attributes.load_balancer ?? []).toEqual([]);
    expect(unitContainer(loaded, 'web').command).toBeUndefined();
    // The module call pulls the worker's image from the web repository.
    expect(
      loaded.modules.find((c) => c.address === 'module.ecs_service["worker"]' || (c.name === 'ecs_service' && c.index === 'worker'))?.inputs
        ?.service,
    ).toMatchObject({ image: 'web' });
    expect(files.get('variables.tf')!).not.toContain('worker_image_tag');
    const v = await validateModule('/tmp/x', files);
    expect(v.unresolvedReferences).toEqual([]);
    expect(v.passed).toBe(true);
  });
});
