// Run-contract idioms added with the holdout: Elixir and Symfony reads, multi-line conditions,
// development-only blocks, telemetry endpoints, alternative names, code constants, shared code,
// which datastores are really used, and class-level route prefixes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readsOfFile, resolveConstants } from '../../src/runcontract/env-reads';
import { isRequired } from '../../src/runcontract/carries';
import { listRepoFiles } from '../../src/runcontract/files';
import { healthRoute } from '../../src/runcontract/health';
import { usedDatastores } from '../../src/runcontract/datastores';
import { calledFromUnit, goImportedFolders, packageRuntimeFiles, referencedFolders } from '../../src/runcontract/shared-code';
import type { EnvRequirement, RunUnit } from '../../src/runcontract/types';

const reads = (file: string, text: string) =>
  readsOfFile(file, text.split('\n')).map((r) => ({ name: r.name, hasDefault: r.hasDefault, strict: r.strict }));

const dirs: string[] = [];
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rc-idioms-'));
  dirs.push(root);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('Elixir and Symfony reads', () => {
  it.each([
    [
      'config/prod.exs',
      'secret_key_base: Map.fetch!(System.get_env(), "SECRET_KEY_BASE")',
      { name: 'SECRET_KEY_BASE', hasDefault: false, strict: true },
    ],
    ['config/runtime.exs', 'host = System.fetch_env!("PHX_HOST")', { name: 'PHX_HOST', hasDefault: false, strict: true }],
    ['config/prod.exs', 'url: System.get_env("DATABASE_URL"),', { name: 'DATABASE_URL', hasDefault: false, strict: false }],
    [
      'config/prod.exs',
      'pool: String.to_integer(System.get_env("POOL_SIZE") || "10")',
      { name: 'POOL_SIZE', hasDefault: true, strict: false },
    ],
    ['config/prod.exs', 'p = System.get_env("POOL_X", "10")', { name: 'POOL_X', hasDefault: true, strict: false }],
    ['config/packages/framework.yaml', "    secret: '%env(APP_SECRET)%'", { name: 'APP_SECRET', hasDefault: false, strict: true }],
    [
      'config/packages/doctrine.yaml',
      "        url: '%env(resolve:DATABASE_URL)%'",
      { name: 'DATABASE_URL', hasDefault: false, strict: true },
    ],
    ['config/services.yaml', "    x: '%env(default::int:CACHE_TTL)%'", { name: 'CACHE_TTL', hasDefault: true, strict: false }],
  ])('%s: %s', (file, text, want) => {
    expect(reads(file, text)).toEqual([want]);
  });
  it('bad: Symfony comments and when@dev blocks are not production reads', () => {
    expect(reads('config/packages/translation.yaml', "#        crowdin: '%env(CROWDIN_DSN)%'")).toEqual([]);
    expect(reads('config/packages/debug.yaml', "when@dev:\n    debug:\n        dump_destination: '%env(VAR_DUMPER_SERVER)%'")).toEqual([]);
    expect(reads('config/packages/x.yaml', "when@prod:\n    x:\n        y: '%env(PROD_ONLY)%'")).toEqual([
      { name: 'PROD_ONLY', hasDefault: false, strict: true },
    ]);
  });
});

describe('conditions', () => {
  it('a strict read inside a multi-line `if (` is conditional, not strict', () => {
    const text = ['if (', '    "CF_TOKEN" in os.environ', '    or "CF_BEARER" in os.environ', '):', '    Z = os.environ["CF_ZONEID"]'].join(
      '\n',
    );
    const r = readsOfFile('settings/production.py', text.split('\n')).find((x) => x.name === 'CF_ZONEID')!;
    expect(r.strict).toBe(false);
    expect(r.conditional).toBe(true);
    // Same read at top level: strict.
    expect(readsOfFile('settings/production.py', ['Z = os.environ["CF_ZONEID"]'])[0]!.strict).toBe(true);
  });
  it('telemetry endpoints and alternative names are never required; a DB port without default is', () => {
    const base = { hasDefault: false, strict: true };
    expect(
      isRequired({ name: 'COLLECTOR_SERVICE_ADDR', carries: 'service-address', target: 'otel', ...base }, new Set(), new Set(['otel'])),
    ).toBe(false);
    expect(isRequired({ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', carries: 'config', ...base }, new Set(), new Set())).toBe(false);
    expect(
      isRequired(
        {
          name: 'REDIS_TLS_URL',
          carries: 'cache-url',
          target: 'redis',
          hasDefault: true,
          strict: false,
          defaultText: 'os.environ.get("REDIS_URL"',
        },
        new Set(['redis']),
        new Set(),
      ),
    ).toBe(false);
    expect(
      isRequired({ name: 'DATABASE_PORT', carries: 'database-port', hasDefault: false, strict: false }, new Set(['mysql']), new Set()),
    ).toBe(true);
    expect(
      isRequired({ name: 'DATABASE_PORT', carries: 'database-port', hasDefault: true, strict: false }, new Set(['mysql']), new Set()),
    ).toBe(false);
    // SQLite is the application's database: its default URL is not a fallback to replace.
    expect(
      isRequired(
        { name: 'DATABASE_URL', carries: 'database-url', hasDefault: true, strict: false, defaultText: 'sqlite:///data/db.sqlite' },
        new Set(['sqlite']),
        new Set(),
      ),
    ).toBe(false);
    expect(
      isRequired(
        { name: 'DATABASE_URL', carries: 'database-url', hasDefault: true, strict: false, defaultText: 'sqlite:///x' },
        new Set(['sqlite', 'postgresql']),
        new Set(),
      ),
    ).toBe(true);
  });
  it('code constants resolve to their string; unknown ones are dropped', () => {
    const r = readsOfFile('Infra/DI.cs', [
      'var c = builder.Configuration.GetConnectionString(Services.Database);',
      'var d = x.GetConnectionString(Nope);',
    ]);
    const files: Record<string, string[]> = { 'Shared/Services.cs': ['public const string Database = "ShopDb";'] };
    expect(resolveConstants(r, ['Shared/Services.cs'], (p) => files[p] ?? []).map((x) => x.name)).toEqual(['ConnectionStrings__ShopDb']);
  });
});

describe('health routes', () => {
  it('a JVM class-level mapping prefixes the method route; the declared trailing slash is kept', () => {
    const root = repo({
      'src/U.java': [
        '@RestController',
        '@RequestMapping("/utility/")',
        'public class U {',
        '  @RequestMapping(value="/healthcheck/", method = GET)',
        '  public X h() {}',
        '}',
      ].join('\n'),
    });
    const f = listRepoFiles(root);
    expect(healthRoute(f, f.runtime)?.path).toBe('/utility/healthcheck/');
  });
  it('bad: a route mapped only in development is not the health path', () => {
    const root = repo({
      'Extensions.cs': [
        'public static X Map(this App app) {',
        '    if (app.Environment.IsDevelopment())',
        '    {',
        '        app.MapHealthChecks("/health");',
        '    }',
        '}',
      ].join('\n'),
    });
    const f = listRepoFiles(root);
    expect(healthRoute(f, f.runtime)).toBeNull();
  });
});

describe('shared code and datastores', () => {
  it('.NET ProjectReference folders are the unit’s code, transitively; Aspire-style references stay within the tree', () => {
    const root = repo({
      'src/Web/Web.csproj': '<Project><ItemGroup><ProjectReference Include="..\\Infra\\Infra.csproj" /></ItemGroup></Project>',
      'src/Infra/Infra.csproj':
        '<Project><ItemGroup><ProjectReference Include="..\\Shared\\Shared.csproj" /><ProjectReference Include="..\\..\\..\\out.csproj" /></ItemGroup></Project>',
      'src/Shared/Shared.csproj': '<Project />',
    });
    const f = listRepoFiles(root);
    expect(referencedFolders(f, ['src/Web/Web.csproj'], 'src/Web')).toEqual(['src/Infra', 'src/Shared']);
  });
  it('Go: imported packages of a locally replaced module count, only for the functions the unit calls', () => {
    const root = repo({
      'svc/go.mod': 'module ex.com/svc\nrequire ex.com/common v0.0.0\nreplace ex.com/common => ../common/\n',
      'svc/main.go': 'package main\nimport "ex.com/common/client"\nfunc main() { client.NewUsers() }\n',
      'common/client/grpc.go':
        'package client\nfunc NewUsers() {\n\ta := os.Getenv("USERS_ADDR")\n}\nfunc NewTrainer() {\n\tb := os.Getenv("TRAINER_ADDR")\n}\n',
      'common/other/x.go': 'package other\nfunc X() { os.Getenv("OTHER") }\n',
    });
    const f = listRepoFiles(root);
    const own = ['svc/go.mod', 'svc/main.go'];
    const folders = goImportedFolders(f, own, 'svc');
    expect(folders).toEqual(['common/client']);
    expect(packageRuntimeFiles(f, folders)).toEqual(['common/client/grpc.go']);
    expect(calledFromUnit(f, own, 'common/client/grpc.go', 3)).toBe(true);
    expect(calledFromUnit(f, own, 'common/client/grpc.go', 6)).toBe(false);
  });
  const env = (over: Partial<EnvRequirement> & { name: string }): EnvRequirement => ({
    carries: 'config',
    hasDefault: false,
    required: false,
    evidence: [{ file: 'config.py', line: 1 }],
    ...over,
  });
  const unitWith = (datastores: string[], e: EnvRequirement[]): RunUnit =>
    ({ name: 'app', path: '.', datastores, env: e }) as unknown as RunUnit;
  it('keeps what something connects to; drops optional code paths and alternative drivers, with reasons', () => {
    const root = repo({ 'config.py': 'X = 1\n', 'config/production.rb': '# config.cache_store = :dalli_store\n' });
    const f = listRepoFiles(root);
    const r = usedDatastores(
      unitWith(
        ['postgresql', 'h2', 'mysql', 'redis', 'elasticsearch', 'memcached'],
        [
          env({ name: 'DATABASE_URL', carries: 'database-url', target: 'postgresql', required: true }),
          env({ name: 'ELASTICSEARCH_URL', carries: 'search-url' }),
        ],
      ),
      f,
      f.runtime,
      new Set(['redis']),
    );
    expect(r.keep).toEqual(['postgresql', 'redis']);
    expect(r.dropped.map((d) => d.store)).toEqual(['h2', 'mysql', 'elasticsearch', 'memcached']);
    expect(r.dropped.find((d) => d.store === 'elasticsearch')!.reason).toMatch(/optional: ELASTICSEARCH_URL/);
  });
  it('an embedded database is kept when it is the only one; a MySQL driver to a MariaDB server is MariaDB', () => {
    const f = listRepoFiles(repo({ 'a.py': '' }));
    expect(usedDatastores(unitWith(['sqlite'], []), f, f.runtime, new Set()).keep).toEqual(['sqlite']);
    expect(usedDatastores(unitWith(['mysql'], []), f, f.runtime, new Set(['mariadb'])).keep).toEqual(['mariadb']);
  });
});
