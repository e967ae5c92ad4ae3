import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log';
import { profileDirectory } from '../../src/profile';
import { understandRepository } from '../../src/profile/stage';
import type { Profile } from '../../src/profile/types';
import { buildSettings } from '../../src/settings';
import { applyRequirements, defaultRequirements, loadRequirements, parseRequirements } from '../../src/spec';
import { InputError } from '../../src/supervisor/errors';
import { Supervisor } from '../../src/supervisor/step';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'repos');
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function ctxFor(dir: string, raw: Record<string, unknown> = {}) {
  const settings = buildSettings({ command: 'analyze', dir, raw: { 'no-ai': true, ...raw }, env: {}, cwd: dir, runtime: 'cli' });
  const supervisor = new Supervisor();
  return { settings, step: supervisor.run, supervisor, log: createLogger({ quiet: true, write: () => {} }) };
}

function copyFixture(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-apply-'));
  temps.push(dir);
  cpSync(join(fixtures, name), dir, { recursive: true });
  rmSync(join(dir, 'expected.json'));
  return dir;
}

describe('applyRequirements: what inframate.md states overrides detection', () => {
  it('a database named in the file wins over the detected one, keeping other roles', async () => {
    const dir = copyFixture('node-express-api'); // detects postgresql + redis
    writeFileSync(join(dir, 'inframate.md'), '---\napp: orders\ndatabase: MySQL 8\n---\n');
    const { requirements, profile } = await understandRepository(ctxFor(dir));
    expect(requirements.database).toBe('mysql');
    expect(profile.datastores).toEqual(['mysql', 'redis']);
    expect(profile.services[0].datastores).toEqual(['mysql', 'redis']);
    expect(profile.overrides).toEqual([
      { field: 'datastores', stated: ['mysql', 'redis'], detected: ['postgresql', 'redis'], source: 'inframate.md' },
    ]);
  });

  it('a database section in prose wins too', async () => {
    const dir = copyFixture('django-postgres');
    writeFileSync(join(dir, 'inframate.md'), '# Polls\n\n## Database\nMongoDB Atlas\n');
    const { profile } = await understandRepository(ctxFor(dir));
    expect(profile.datastores).toEqual(['mongodb', 'redis']);
    const dir2 = copyFixture('django-postgres');
    writeFileSync(join(dir2, 'inframate.md'), '# Polls\n\n## Database\nMySQL\n');
    expect((await understandRepository(ctxFor(dir2))).profile.datastores).toEqual(['mysql', 'redis']);
  });

  it('auto leaves detection alone', async () => {
    const dir = copyFixture('node-express-api');
    writeFileSync(join(dir, 'inframate.md'), '## Database\nDetected automatically\n## Framework\nauto\n');
    const { profile } = await understandRepository(ctxFor(dir));
    expect(profile.datastores).toEqual(['postgresql', 'redis']);
    expect(profile.frameworks).toEqual(['express']);
    expect(profile.overrides).toBeUndefined();
  });

  it('stated frameworks, languages, service ports and compute are applied', async () => {
    const detected = await profileDirectory(join(fixtures, 'node-express-api'), { source: 'walk' });
    const req = parseRequirements(
      '---\nframework: fastify\nlanguages: [typescript, go]\ncompute: lambda\nservices:\n  - name: orders-api\n    port: 9090\n  - name: ghost\n---\n',
      { file: 'inframate.md' },
    );
    const p: Profile = applyRequirements(detected, req);
    expect(p.frameworks).toEqual(['fastify']);
    expect(p.services[0].frameworks).toEqual(['fastify']);
    expect(p.services[0].port).toBe(9090);
    expect(p.services[0].compute).toBe('lambda');
    expect(p.languages.map((l) => l.name)).toEqual(['typescript', 'go']);
    expect(p.warnings).toEqual([
      { file: 'inframate.md', message: 'service "ghost" named in inframate.md was not found in the repository' },
    ]);
    // The detected profile is not mutated.
    expect(detected.services[0].port).toBe(8080);
  });

  it('a stated cache replaces only the detected cache', async () => {
    const detected = await profileDirectory(join(fixtures, 'node-express-api'), { source: 'walk' });
    const p = applyRequirements(detected, parseRequirements('## Datastores\n- Memcached\n', { file: 'inframate.md' }));
    expect(p.datastores).toEqual(['memcached', 'postgresql']);
  });

  it('defaults change nothing', async () => {
    const detected = await profileDirectory(join(fixtures, 'monorepo-compose'), { source: 'walk' });
    expect(applyRequirements(detected, defaultRequirements('defaults'))).toEqual(detected);
  });
});

describe('loadRequirements', () => {
  it('a missing inframate.md means defaults (and --region)', async () => {
    const dir = copyFixture('go-gin');
    expect(await loadRequirements(ctxFor(dir, { region: 'ap-southeast-2' }))).toMatchObject({
      source: 'defaults',
      region: 'ap-southeast-2',
      environment: 'dev',
    });
  });

  it('an explicit --spec that does not exist is an input error', async () => {
    const dir = copyFixture('go-gin');
    await expect(loadRequirements(ctxFor(dir, { spec: 'nope.md' }))).rejects.toThrow(InputError);
  });

  it('reads --spec FILE and names it relative to the repository in messages', async () => {
    const dir = copyFixture('go-gin');
    writeFileSync(join(dir, 'reqs.md'), '---\nregion: eu-north-1\nfoo: 1\n---\n');
    const r = await loadRequirements(ctxFor(dir, { spec: join(dir, 'reqs.md') }));
    expect(r.source).toBe('reqs.md');
    expect(r.region).toBe('eu-north-1');
    expect(r.warnings).toEqual([{ file: 'reqs.md', line: 3, message: 'unknown key "foo" in front matter (ignored)' }]);
  });

  it('malformed front matter fails with file:line', async () => {
    const dir = copyFixture('go-gin');
    writeFileSync(join(dir, 'inframate.md'), '---\napp: a\nbudget: [\n---\n');
    const err: unknown = await loadRequirements(ctxFor(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/malformed YAML/);
    expect((err as InputError).describe()).toMatch(/^inframate\.md:\d+: /);
  });
});
