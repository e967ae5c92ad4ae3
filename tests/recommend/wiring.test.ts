// Wiring: each variable of the run contract is set under exactly its name, filled from what the
// module generates; secrets only through Secrets Manager; roles decide what is deployed.
import { describe, expect, it } from 'vitest';
import { containerNames, loadGenerated, unitContainer, unitResources } from '../layout/evaluated';
import { recommend } from '../../src/recommend';
import { wireVariable, type WiringInput } from '../../src/recommend/wiring';
import type { EnvRequirement, RunContract, RunUnit } from '../../src/runcontract/types';
import { renderModule } from '../../src/terraform/render';
import { profile, requirements, service } from './helpers';

const v = (name: string, carries: EnvRequirement['carries'], over: Partial<EnvRequirement> = {}): EnvRequirement => ({
  name,
  carries,
  hasDefault: false,
  required: true,
  evidence: [{ file: 'app/settings.py', line: 3 }],
  ...over,
});

function unit(over: Partial<RunUnit> & { name: string }): RunUnit {
  return {
    path: '.',
    role: 'web',
    roleReason: 'serves HTTP',
    deployed: true,
    listenPort: 8000,
    protocol: 'http',
    start: null,
    image: { dockerfile: 'Dockerfile', context: '.', generated: false },
    env: [],
    health: { path: '/healthz', protocol: 'http', gracePeriodSeconds: 30, source: 'code', evidence: [] },
    oneOff: [],
    hardcodedHosts: [],
    datastores: [],
    dependsOn: [],
    warnings: [],
    ...over,
  };
}

const input = (u: RunUnit, languages = ['python']): WiringInput => ({
  unit: u,
  languages,
  services: new Map([['cart', 'cart']]),
  ports: new Map([['cart', 7070]]),
  datastores: u.datastores,
});

describe('wireVariable', () => {
  const pg = unit({ name: 'api', datastores: ['postgresql', 'redis'] });
  it('a database URL is a key of the connection secret, with the TLS option the client understands', () => {
    expect(wireVariable(v('DATABASE_URL', 'database-url'), input(pg)).env).toEqual({
      name: 'DATABASE_URL',
      from: 'datastore-secret',
      store: 'postgresql',
      key: 'url',
    });
    expect(wireVariable(v('DATABASE_URL', 'database-url'), input(pg, ['typescript'])).env).toMatchObject({ key: 'url_no_verify' });
    expect(wireVariable(v('DB_URL', 'database-url', { scheme: 'postgresql+asyncpg' }), input(pg)).env).toMatchObject({
      key: 'url_asyncpg',
    });
    expect(wireVariable(v('SPRING_DATASOURCE_URL', 'database-url', { scheme: 'jdbc:postgresql' }), input(pg)).env).toMatchObject({
      from: 'datastore',
      field: 'jdbc-url',
    });
  });
  it('a password is a secret key, never a literal; host/port/user/name are plain', () => {
    expect(wireVariable(v('POSTGRES_PASSWORD', 'database-password'), input(pg)).env).toMatchObject({
      from: 'datastore-secret',
      key: 'password',
    });
    expect(wireVariable(v('POSTGRES_SERVER', 'database-host'), input(pg)).env).toMatchObject({ from: 'datastore', field: 'host' });
    expect(wireVariable(v('REDIS_ADDR', 'cache-host'), input(pg)).env).toMatchObject({
      from: 'datastore',
      store: 'redis',
      field: 'address',
    });
  });
  it('generated secrets, Service Connect addresses, allowed hosts', () => {
    expect(wireVariable(v('SECRET_KEY_BASE', 'secret'), input(pg)).env).toEqual({
      name: 'SECRET_KEY_BASE',
      from: 'app-secret',
      length: 64,
    });
    expect(wireVariable(v('APP_KEY', 'secret'), input(pg)).env).toMatchObject({ length: 32 });
    expect(wireVariable(v('CART_SERVICE_ADDR', 'service-address', { target: 'cart' }), input(pg)).env).toEqual({
      name: 'CART_SERVICE_ADDR',
      from: 'service',
      unit: 'cart',
      port: 7070,
      scheme: '',
    });
    expect(wireVariable(v('DJANGO_ALLOWED_HOSTS', 'allowed-hosts'), input(pg)).env).toMatchObject({ value: '*' });
  });
  it('bad: nothing to point at is reported, not invented', () => {
    const bare = unit({ name: 'api' });
    const r = wireVariable(v('DATABASE_URL', 'database-url'), input(bare));
    expect(r.env).toBeUndefined();
    expect(r.note).toMatch(/DATABASE_URL .* not set: no database/);
    expect(wireVariable(v('CART_ADDR', 'service-address', { target: 'ghost' }), input(bare)).note).toMatch(/not deployed/);
    expect(wireVariable(v('FOO', 'config', { example: 'http://localhost:9000' }), input(bare)).env).toBeUndefined();
  });
  it('driver selectors follow the generated datastore', () => {
    const e = v('SQL_ENGINE', 'config', {
      hasDefault: true,
      evidence: [{ file: 's.py', line: 1, excerpt: 'os.environ.get("SQL_ENGINE", "django.db.backends.sqlite3")' }],
    });
    expect(wireVariable(e, input(pg)).env).toMatchObject({ value: 'django.db.backends.postgresql' });
  });
});

describe('contract-driven generation', () => {
  const contract = (units: RunUnit[], extra: Partial<RunContract> = {}): RunContract => ({ units, excluded: [], warnings: [], ...extra });
  const p = profile([
    service({
      name: 'web',
      frameworks: ['django'],
      languages: ['python'],
      port: 8000,
      dockerfile: 'Dockerfile',
      datastores: ['postgresql'],
    }),
  ]);

  it('renders exactly the names the app reads: secrets by valueFrom, no invented DATABASE_HOST or APP_SECRETS', async () => {
    const web = unit({
      name: 'web',
      datastores: ['postgresql'],
      env: [
        v('SQL_HOST', 'database-host'),
        v('SQL_PASSWORD', 'database-password'),
        v('SECRET_KEY', 'secret'),
        v('DJANGO_ALLOWED_HOSTS', 'allowed-hosts'),
      ],
    });
    const rec = recommend(p, requirements(), contract([web]));
    const m = renderModule({
      project: 'shop',
      environment: 'dev',
      region: 'us-east-1',
      tags: {},
      components: rec.components,
      serviceDatastores: rec.serviceDatastores,
    });
    // The root's map entry carries the expressions; the evaluated task definition puts them in place.
    const svc = m.files.get('ecs-services.tf')!;
    expect(svc).toMatch(/"SQL_HOST"\s+= aws_db_instance\.postgresql\.address\n/);
    expect(svc).toMatch(/"SQL_PASSWORD"\s+= "\$\{aws_secretsmanager_secret\.postgresql_connection\.arn\}:password::"\n/);
    expect(svc).toMatch(/"SECRET_KEY"\s+= aws_secretsmanager_secret\.secret_key\.arn\n/);
    expect(svc).toMatch(/"DJANGO_ALLOWED_HOSTS"\s+= "\*"\n/);
    expect(svc).not.toMatch(/DATABASE_HOST|DATABASE_CREDENTIALS|APP_SECRETS/);
    const container = unitContainer(await loadGenerated(m.files), 'web');
    const names = containerNames(container);
    expect(names.environment.sort()).toEqual(['DJANGO_ALLOWED_HOSTS', 'SQL_HOST']);
    expect(names.secrets.sort()).toEqual(['SECRET_KEY', 'SQL_PASSWORD']);
    expect(svc).toMatch(/health_check_path\s+= "\/healthz"/);
    expect(m.files.get('secrets.tf')).toContain('ephemeral "random_password" "secret_key"');
  });

  it('test, seed, load-generator and dev-tool units get nothing; one load balancer for several public units', async () => {
    const units = [
      unit({ name: 'web' }),
      unit({ name: 'admin', listenPort: 9000 }),
      unit({ name: 'cart', role: 'internal', protocol: 'grpc', listenPort: 7070 }),
      unit({ name: 'sut', role: 'test', deployed: false }),
      unit({ name: 'locust', role: 'load-generator', deployed: false }),
    ];
    const rec = recommend(p, requirements(), contract(units, { excluded: [{ name: 'sut', role: 'test', reason: 'runs pytest' }] }));
    const services = rec.components.filter((c) => c.kind === 'ecs-fargate-service').map((c) => [c.service, c.wiring?.role]);
    expect(services).toEqual([
      ['web', 'web'],
      ['admin', 'web'],
      ['cart', 'internal'],
    ]);
    expect(rec.components.filter((c) => c.kind === 'alb')).toHaveLength(1);
    expect(rec.notes.join(' ')).toMatch(/Left out: sut \(test\): runs pytest/);
    const m = renderModule({
      project: 'shop',
      environment: 'dev',
      region: 'us-east-1',
      tags: {},
      components: rec.components,
      serviceDatastores: rec.serviceDatastores,
    });
    const loaded = await loadGenerated(m.files);
    expect(unitResources(loaded, 'cart', 'aws_lb_target_group')).toEqual([]);
    expect(unitResources(loaded, 'web', 'aws_lb_target_group')).toHaveLength(1);
    expect((unitContainer(loaded, 'cart').portMappings as { appProtocol: string }[])[0]!.appProtocol).toBe('grpc');
    expect(m.files.get('ecs-services.tf')).toContain('host_headers = ["admin.${var.domain_name}"]');
  });

  it('a self-deployed repository and a repository with nothing to run get no VPC, compute or datastores', () => {
    const self = recommend(
      p,
      requirements(),
      contract([unit({ name: 'web' })], { selfDeployed: { tool: 'SST', evidence: [{ file: 'sst.config.ts', line: 1 }] } }),
    );
    expect(self.components.map((c) => c.kind)).toEqual(['observability']);
    expect(self.notes.join(' ')).toMatch(/deploys itself with SST \(sst\.config\.ts:1\)/);
    const none = recommend(
      p,
      requirements(),
      contract([unit({ name: 'tests', role: 'test', deployed: false, datastores: ['postgresql'] })]),
    );
    expect(none.components.map((c) => c.kind)).toEqual(['observability']);
  });

  it('a JVM unit gets at least 120 s of grace; Spot never runs ARM64', () => {
    const jp = profile([service({ name: 'api', languages: ['java'], frameworks: ['spring-boot'], port: 8080, dockerfile: 'Dockerfile' })]);
    const rec = recommend(jp, requirements({ budgetMonthly: 60 }), contract([unit({ name: 'api', listenPort: 8080 })]));
    const svc = rec.components.find((c) => c.kind === 'ecs-fargate-service')!;
    expect(svc.wiring?.healthGraceSeconds).toBe(120);
    expect(svc.kind === 'ecs-fargate-service' && svc.parameters.spot && svc.parameters.architecture).toBe('x86_64');
  });
});

describe('static sites', () => {
  const render = (p: ReturnType<typeof profile>) => {
    const rec = recommend(p, requirements());
    return renderModule({
      project: 'shop',
      environment: 'dev',
      region: 'us-east-1',
      tags: {},
      components: rec.components,
      serviceDatastores: rec.serviceDatastores,
    }).files;
  };
  it('a static site rewrites sub-paths to their index and answers 404 with 404.html', () => {
    const files = render(profile([service({ name: 'docs', frameworks: ['hugo'], languages: ['html'] })]));
    const cdn = files.get('docs-cdn.tf')!;
    expect(cdn).toContain("if (uri.endsWith('/')) request.uri = uri + 'index.html';");
    expect(cdn).toContain('response_page_path = "/404.html"');
    expect(cdn).toContain('function_arn = aws_cloudfront_function.docs_paths.arn');
  });
  it('an SPA next to an API routes /api/* to the load balancer, and only then', () => {
    const spa = service({ name: 'web', frameworks: ['react', 'vite'], build: 'npm run build', path: 'web' });
    const api = service({ name: 'api', frameworks: ['express'], port: 3000, dockerfile: 'api/Dockerfile', path: 'api' });
    const both = render(profile([spa, api])).get('web-cdn.tf')!;
    expect(both).toContain('path_pattern               = "/api/*"');
    expect(both).toContain('domain_name = local.public_host');
    expect(both).not.toContain('/404.html');
    expect(render(profile([spa])).get('web-cdn.tf')!).not.toContain('/api/*');
  });
});

describe('third-party settings and optional components', () => {
  it('good: a required third-party setting becomes a secret the team fills in, named in a note', () => {
    const api = unit({ name: 'api' });
    const r = wireVariable(
      v('FRONTEND_CACHE_CLOUDFLARE_ZONEID', 'config', { evidence: [{ file: 'settings/production.py', line: 202 }] }),
      input(api),
    );
    expect(r.env).toEqual({ name: 'FRONTEND_CACHE_CLOUDFLARE_ZONEID', from: 'app-secret', length: 32, fill: 'team' });
    expect(r.note).toMatch(/settings\/production\.py:202.*third-party.*fill it in/);
    const token = wireVariable(v('TWILIO_TOKEN', 'secret'), input(api));
    expect(token.env).toMatchObject({ fill: 'team' });
    // The application's own signing key is generated, not left to the team.
    expect(wireVariable(v('SECRET_KEY', 'secret'), input(api)).env).toEqual({ name: 'SECRET_KEY', from: 'app-secret', length: 64 });
  });
  it('bad: a plain required setting with no value is not turned into a secret', () => {
    expect(wireVariable(v('FOO', 'config'), input(unit({ name: 'api' }))).env).toBeUndefined();
  });
  it('an optional component named by a strict read gets an unresolvable placeholder and a note', () => {
    const front = unit({ name: 'frontend' });
    const assistant = {
      ...unit({ name: 'assistant', listenPort: 8080 }),
      deployed: false,
      role: 'optional' as const,
      roleReason: 'not among the Kubernetes workloads',
    };
    const r = wireVariable(v('ASSISTANT_SERVICE_ADDR', 'service-address', { target: 'assistant' }), {
      ...input(front),
      all: [front, assistant],
    });
    expect(r.env).toEqual({ name: 'ASSISTANT_SERVICE_ADDR', from: 'literal', value: 'assistant.invalid:8080' });
    expect(r.note).toMatch(/not deployed \(optional/);
    // Not required: nothing is set.
    expect(
      wireVariable(v('ASSISTANT_SERVICE_ADDR', 'service-address', { target: 'assistant', required: false }), {
        ...input(front),
        all: [front, assistant],
      }).env,
    ).toBeUndefined();
  });
});
