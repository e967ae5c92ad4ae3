import { describe, expect, it } from 'vitest';
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

  it('is private, encrypted, licence-included on 1433, reachable only from the service that uses it', () => {
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
    expect(db).toContain('referenced_security_group_id = aws_security_group.web_service.id');
    const web = files.get('web-service.tf')!;
    expect(web).toContain('{ name = "DATABASE_HOST", value = aws_db_instance.sqlserver.address }');
    expect(web).toContain('{ name = "DATABASE_USER", value = "app_admin" }');
    // The password alone, by per-key valueFrom of the connection secret.
    expect(web).toContain('{ name = "DATABASE_PASSWORD", valueFrom = "${aws_secretsmanager_secret.sqlserver_connection.arn}:password::" }');
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
    expect(files.has('web-ecr.tf')).toBe(true);
    expect(files.has('worker-ecr.tf')).toBe(false);
    expect([...files.values()].join('\n')).not.toContain('aws_ecr_repository" "worker"');
    const worker = files.get('worker-service.tf')!;
    expect(worker).toContain(
      // The deploy workflow registers the revision with the built tag; Terraform's revision is the bootstrap.
      'image     = "${aws_ecr_repository.web.repository_url}:bootstrap"',
    );
    expect(worker).toContain('resources = [aws_ecr_repository.web.arn]');
    expect(worker).toContain('command   = ["celery", "-A", "app", "worker"]');
    expect(worker).toContain('resource "aws_ecs_service" "worker"');
    expect(worker).toContain('resource "aws_ecs_task_definition" "worker"');
    expect(worker).not.toContain('load_balancer {');
    expect(files.get('variables.tf')!).not.toContain('worker_image_tag');
    expect(files.get('web-service.tf')!).not.toContain('command   =');
    const v = await validateModule('/tmp/x', files);
    expect(v.unresolvedReferences).toEqual([]);
    expect(v.passed).toBe(true);
  });
});
