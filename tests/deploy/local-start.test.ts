// Local start test (issue 11, "Must show"): real public applications are started with exactly the
// environment their generated task definition gives — read from the generated Terraform through
// the loader — with the datastore endpoints pointed at a PostgreSQL (TLS on, password auth) and a
// Redis this test starts from the Debian packages on loopback addresses, and their health path
// (from the generated target group) must answer 200.
//
// Only the endpoints are substituted before loading: the RDS / ElastiCache addresses become
// 127.x.y.2 / 127.x.y.3 (same ports as in AWS: 5432, 6379), the ephemeral passwords become test
// values (the test's PostgreSQL role gets the same), and Secrets Manager ARNs become test ARNs so
// each `valueFrom` (ARN:KEY::) is resolved from the generated secret document. The process gets
// the task definition's environment and secrets, plus PATH and HOME.
//
// Needs: PostgreSQL server binaries, redis-server, openssl, Debian python3 with django, flask,
// flask-sqlalchemy, psycopg2 and gunicorn, and the npm registry (Node dependencies). .ci/run
// installs them; without them the suite is skipped and says which is missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { buildRunContract } from '../../src/runcontract';
import { recommend } from '../../src/recommend';
import { defaultRequirements } from '../../src/spec';
import { loadTerraformFiles } from '../../src/terraform/load';
import { isUnknown, type TfValue } from '../../src/terraform/model';
import { renderModule } from '../../src/terraform/render';
import { loadProviderSchema, validateModule } from '../../src/terraform/validate';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'start');
// A loopback pair of its own per run (all of 127/8 is loopback on Linux), so two runs of the suite on
// one machine do not fight over 5432/6379.
const NET = `127.${2 + (randomBytes(1)[0]! % 250)}.${randomBytes(1)[0]! % 250}`;
const PG_HOST = `${NET}.2`;
const REDIS_HOST = `${NET}.3`;
const PYTHON = '/usr/bin/python3';

function pgBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  return readdirSync(base)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(base, v, 'bin'))
    .find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres')));
}
const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined;

function missing(): string[] {
  const out: string[] = [];
  if (!pgBin()) out.push('PostgreSQL server (apt-get install postgresql)');
  if (!which('redis-server')) out.push('redis-server (apt-get install redis-server)');
  if (!which('openssl')) out.push('openssl');
  const py = existsSync(PYTHON)
    ? spawnSync(PYTHON, ['-c', 'import django, flask, flask_sqlalchemy, psycopg2, gunicorn'], { encoding: 'utf8' })
    : undefined;
  if (!py || py.status !== 0)
    out.push('Debian Python packages (apt-get install python3-django python3-flask python3-flask-sqlalchemy python3-psycopg2 gunicorn)');
  return out;
}

const absent = missing();
if (absent.length) console.warn(`local start test skipped: missing ${absent.join(', ')}`);

let work = '';
const children: ChildProcess[] = [];
const passwords = new Map<string, string>();
const password = (key: string) => {
  if (!passwords.has(key)) passwords.set(key, `t${randomBytes(12).toString('hex')}`);
  return passwords.get(key)!;
};

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 30000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Start a long-running process owned by the test (killed by pid in afterAll). */
function start(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number }, log: string[]) {
  const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => log.push(String(d)));
  child.stderr!.on('data', (d) => log.push(String(d)));
  children.push(child);
  return child;
}

/** Run as the postgres user when the test runs as root (initdb and postgres refuse root). */
function pgUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return Number.isFinite(uid) && uid > 0 ? { uid, gid } : {};
}

async function startPostgres(): Promise<void> {
  const bin = pgBin()!;
  const dir = join(work, 'pg');
  mkdirSync(dir);
  const user = pgUser();
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { ...user, encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  };
  run(join(bin, 'initdb'), ['-D', join(dir, 'data'), '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256']);
  // TLS on with a self-signed certificate, as RDS forces it (clients encrypt without verifying).
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-keyout',
    'server.key',
    '-out',
    'server.crt',
  ]);
  chmodSync(join(dir, 'server.key'), 0o600);
  const log: string[] = [];
  start(
    join(bin, 'postgres'),
    [
      '-D',
      join(dir, 'data'),
      '-c',
      `listen_addresses=${PG_HOST}`,
      '-c',
      'port=5432',
      '-c',
      `unix_socket_directories=${dir}`,
      '-c',
      'ssl=on',
      '-c',
      `ssl_cert_file=${join(dir, 'server.crt')}`,
      '-c',
      `ssl_key_file=${join(dir, 'server.key')}`,
    ],
    { ...user, cwd: dir },
    log,
  );
  await waitFor(() => spawnSync(join(bin, 'pg_isready'), ['-h', dir, '-p', '5432']).status === 0, `PostgreSQL (${log.join('')})`);
  const psql = (sql: string) => run('psql', ['-h', dir, '-p', '5432', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
  psql(`CREATE ROLE app_admin LOGIN PASSWORD '${password('postgresql')}'`);
  psql('CREATE DATABASE app OWNER app_admin');
}

async function startRedis(): Promise<void> {
  const log: string[] = [];
  start(which('redis-server')!, ['--bind', REDIS_HOST, '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', work], {}, log);
  await waitFor(() => log.join('').includes('Ready to accept connections'), `Redis (${log.join('')})`);
}

/** The generated module of a fixture, with only the endpoints and generated secrets made concrete. */
async function generated(app: string) {
  const dir = join(FIXTURES, app);
  const profile = await profileDirectory(dir);
  const contract = await buildRunContract(dir, profile);
  const rec = recommend(profile, { ...defaultRequirements('defaults', 'us-east-1'), appName: app.slice(0, 20) }, contract);
  const module = renderModule({
    project: 'app',
    environment: 'dev',
    region: 'us-east-1',
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
  });
  const gate = await validateModule(join(work, 'gate'), module.files, { schema: loadProviderSchema() });
  const files = new Map(
    [...module.files]
      .filter(([f]) => f.endsWith('.tf'))
      .map(([f, text]) => [
        f,
        text
          .replace(/ephemeral\.random_password\.(\w+)\.result/g, (_m, k: string) => `"${password(k)}"`)
          .replace(/aws_db_instance\.\w+\.address/g, `"${PG_HOST}"`)
          .replace(/aws_elasticache_replication_group\.\w+\.primary_endpoint_address/g, `"${REDIS_HOST}"`)
          .replace(/aws_secretsmanager_secret\.(\w+)\.arn/g, '"arn:aws:secretsmanager:us-east-1:000000000000:secret:$1"'),
      ]),
  );
  const loaded = await loadTerraformFiles(join(work, 'tf'), files);
  return { dir, contract, rec, gate, loaded };
}

type Loaded = Awaited<ReturnType<typeof generated>>['loaded'];
/** Each unit is one instance of modules/ecs-service, keyed by its name. */
const unitModule = (service: string) => `module.ecs_service[${JSON.stringify(service)}]`;
const str = (v: TfValue | undefined) => (typeof v === 'string' ? v : undefined);

/** The container of a service's task definition, its environment with every valueFrom resolved. */
function taskEnvironment(loaded: Loaded, service: string) {
  const td = loaded.resources.find((r) => r.type === 'aws_ecs_task_definition' && r.modulePath === unitModule(service));
  if (!td) throw new Error(`no task definition for ${service}`);
  const container = (td.documents?.container_definitions as Record<string, TfValue>[])[0]!;
  const env: Record<string, string> = {};
  for (const e of container.environment as { name: string; value: TfValue }[]) {
    if (isUnknown(e.value)) throw new Error(`${service}: ${e.name} is not known after substitution`);
    env[e.name] = String(e.value);
  }
  for (const s of container.secrets as { name: string; valueFrom: TfValue }[]) {
    const m = /^arn:aws:secretsmanager:[^:]+:\d+:secret:(\w+)(?::([^:]*)::)?$/.exec(str(s.valueFrom) ?? '');
    if (!m) throw new Error(`${service}: ${s.name} has an unexpected valueFrom ${String(s.valueFrom)}`);
    const version = loaded.resources.find((r) => r.type === 'aws_secretsmanager_secret_version' && r.name === m[1]);
    const value = str(version?.attributes.secret_string_wo);
    if (value === undefined) throw new Error(`${service}: secret ${m[1]} has no known value`);
    env[s.name] = m[2] ? String((JSON.parse(value) as Record<string, unknown>)[m[2]]) : value;
  }
  const tg = loaded.resources.find((r) => r.type === 'aws_lb_target_group' && r.modulePath === unitModule(service));
  const health = (tg?.attributes.health_check as { path?: string }[] | undefined)?.[0]?.path;
  const port = (container.portMappings as { containerPort: number }[])[0]!.containerPort;
  return { env, command: container.command as string[] | undefined, health, port };
}

/** The CMD of a Dockerfile (exec or shell form), when the task definition gives no command. */
function dockerCmd(dockerfile: string): string[] {
  const line = readFileSync(dockerfile, 'utf8')
    .split('\n')
    .filter((l) => /^\s*CMD\s/i.test(l))
    .at(-1);
  if (!line) throw new Error(`${dockerfile} has no CMD and the task definition no command`);
  const body = line.replace(/^\s*CMD\s+/i, '').trim();
  return body.startsWith('[') ? (JSON.parse(body) as string[]) : ['sh', '-c', body];
}

/** Where each ecosystem's executables come from on this machine (the image provides them in AWS). */
function resolveCommand(argv: string[]): string[] {
  const [cmd, ...rest] = argv;
  if (cmd === 'node') return [process.execPath, ...rest];
  if (cmd === 'python' || cmd === 'python3') return [PYTHON, ...rest];
  if (cmd === 'gunicorn') return [PYTHON, '-m', 'gunicorn', ...rest];
  return argv;
}

async function healthOf(port: number, path: string): Promise<number> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

interface AppCase {
  app: string;
  service: string;
  /** Prepare dependencies in the copied unit folder (Node: npm install from the registry). */
  prepare?: (unitDir: string) => void;
  /**
   * The application's own command that must reach the database with the task environment, for
   * apps whose health path does not touch it (their `/` answers without a database).
   */
  databaseCheck?: string[];
}

const CASES: AppCase[] = [
  // manage.py create_db's body (its CLI needs FLASK_APP, which only the dev .env sets).
  {
    app: 'flask-on-docker',
    service: 'web',
    databaseCheck: ['python', '-c', 'from project import app, db\nwith app.app_context(): db.create_all()'],
  },
  { app: 'django-on-docker', service: 'web', databaseCheck: ['python', 'manage.py', 'migrate', '--noinput'] },
  {
    app: 'node-microservices-api',
    service: 'ms-api',
    prepare: (unitDir) => {
      const npm = join(dirname(process.execPath), 'npm');
      const r = spawnSync(existsSync(npm) ? npm : 'npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: unitDir,
        encoding: 'utf8',
        env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
      });
      if (r.status !== 0) throw new Error(`npm install failed: ${r.stderr}`);
    },
  },
];

describe.skipIf(absent.length > 0)('local start: the application serves with the generated task environment', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'inframate-start-'));
    chmodSync(work, 0o755);
    await startPostgres();
    await startRedis();
  }, 120_000);

  afterAll(() => {
    for (const c of children) if (c.pid && c.exitCode === null) c.kill('SIGTERM');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const c of CASES) {
    it(`${c.app}: ${c.service} starts and its health path answers 200`, async () => {
      const { contract, gate, loaded, dir } = await generated(c.app);
      expect(gate.passed, JSON.stringify([gate.schemaErrors, gate.unresolvedReferences, gate.findings.map((f) => f.ruleId)])).toBe(true);
      const task = taskEnvironment(loaded, c.service);
      const unit = contract.units.find((u) => u.name === c.service)!;
      // The unit's folder, copied: the app may write (static files, caches).
      const appDir = join(work, c.app);
      cpSync(dir, appDir, { recursive: true });
      const unitDir = join(appDir, unit.image.context);
      c.prepare?.(unitDir);
      const env = { ...task.env, PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`, HOME: work };
      const argv = resolveCommand(task.command ?? dockerCmd(join(appDir, unit.image.dockerfile!)));
      // One-off commands run first, with the same environment, as the deploy workflow does.
      for (const o of unit.oneOff.filter((x) => x.when === 'every-deploy')) {
        const [cmd, ...args] = resolveCommand(o.command.split(/\s+/));
        const r = spawnSync(cmd!, args, { cwd: unitDir, env, encoding: 'utf8', timeout: 60_000 });
        expect(r.status, `${o.command}: ${r.stderr}`).toBe(0);
      }
      if (c.databaseCheck) {
        const [cmd, ...args] = resolveCommand(c.databaseCheck);
        const r = spawnSync(cmd!, args, { cwd: unitDir, env, encoding: 'utf8', timeout: 60_000 });
        expect(r.status, `${c.databaseCheck.join(' ')}: ${r.stderr}`).toBe(0);
      }
      const log: string[] = [];
      const child = start(argv[0]!, argv.slice(1), { cwd: unitDir, env }, log);
      const path = task.health ?? '/';
      let status = 0;
      await waitFor(
        async () => {
          if (child.exitCode !== null) throw new Error(`${c.app} exited (${child.exitCode}): ${log.join('')}`);
          status = await healthOf(task.port, path);
          return status === 200;
        },
        `${c.app} to answer 200 on ${path} (last status ${status}; log: ${log.join('').slice(-2000)})`,
        45_000,
      );
      expect(status).toBe(200);
      child.kill('SIGTERM');
    }, 120_000);
  }
});
