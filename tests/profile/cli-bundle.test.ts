// `node dist/cli.js analyze DIR --format json --no-ai` prints the profile for any directory (the
// committed bundle; rebuild it with `npm run bundle` after changing src/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '..', '..');
const cli = join(repoRoot, 'dist', 'cli.js');
const fixtures = join(repoRoot, 'tests', 'fixtures', 'repos');

// analyze leaves its own output folder (default DIR/infra) out of the profile; the fixtures keep
// their Terraform in infra/, so the module goes elsewhere.
const out = join(tmpdir(), 'inframate-cli-bundle-out');

function analyze(dir: string) {
  const r = spawnSync(process.execPath, [cli, 'analyze', dir, '--format', 'json', '--no-ai', '--dry-run', '--out', out], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(cli))('dist/cli.js analyze', () => {
  it.each(['monorepo-compose', 'django-postgres', 'existing-iac'])('prints the expected profile of %s', (name) => {
    const r = analyze(join(fixtures, name));
    expect([0, 1], r.stderr).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, command: 'analyze' });
    expect(report.profile).toEqual(JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')));
  });

  it('exits 2 with file:line for malformed front matter, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-cli-'));
    try {
      writeFileSync(join(dir, 'inframate.md'), '---\napp: x\nbudget: [1,\n---\n');
      writeFileSync(join(dir, 'main.py'), 'print(1)\n');
      const r = analyze(dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/inframate\.md:\d+: malformed YAML front matter/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
