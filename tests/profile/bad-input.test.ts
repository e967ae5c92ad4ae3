// Bad input never stops profiling: binary and huge files, symlink loops, unreadable folders and
// malformed manifests become warnings (with file and line where known), and a profile is produced.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { profileDirectory } from '../../src/profile';
import { InputError } from '../../src/supervisor/errors';

const temps: string[] = [];
function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-bad-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}
afterEach(() => {
  for (const t of temps.splice(0)) {
    try {
      chmodSync(join(t, 'locked'), 0o755);
    } catch {
      // Not every repo has a locked folder.
    }
    rmSync(t, { recursive: true, force: true });
  }
  vi.restoreAllMocks();
});

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('bad input', () => {
  it('malformed package.json: a warning with file and line, the rest still profiled', async () => {
    const dir = repo({
      'package.json': '{\n  "name": "x",\n  "dependencies": {\n    "express": "^4"\n  \n',
      'api/requirements.txt': 'flask\n',
      'api/app.py': 'from flask import Flask\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.warnings).toHaveLength(1);
    expect(p.warnings[0].file).toBe('package.json');
    expect(p.warnings[0].line).toBe(6);
    expect(p.warnings[0].message).toMatch(/^malformed JSON/);
    expect(p.frameworks).toEqual(['flask']);
    expect(p.services.map((s) => s.path)).toEqual(['api']);
  });

  it('malformed pom.xml and compose files: warnings with lines', async () => {
    const dir = repo({
      'pom.xml': '<project>\n  <dependencies>\n    <dependency>\n  </dependencies>\n</project>\n',
      'compose.yaml': 'services:\n  web:\n    image: [nginx\n',
      'main.go': 'package main\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    const byFile = Object.fromEntries(p.warnings.map((w) => [w.file, w]));
    expect(byFile['pom.xml'].message).toMatch(/^malformed XML/);
    expect(byFile['pom.xml'].line).toBe(4);
    expect(byFile['compose.yaml'].message).toMatch(/^malformed YAML/);
    expect(byFile['compose.yaml'].line).toBeGreaterThanOrEqual(3);
    expect(p.languages.map((l) => l.name)).toEqual(['go']);
  });

  it('malformed pyproject.toml / Cargo.toml: warnings with lines', async () => {
    const dir = repo({
      'pyproject.toml': '[project]\nname = "x"\ndependencies = ["fastapi"\n',
      'svc/Cargo.toml': '[package\nname = "y"\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.warnings.map((w) => [w.file, w.line !== undefined])).toEqual([
      ['pyproject.toml', true],
      ['svc/Cargo.toml', true],
    ]);
  });

  it('binary files: never counted as code; a binary manifest is a warning', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const dir = repo({
      'logo.png': png,
      'package.json': Buffer.concat([Buffer.from('{"name":'), Buffer.alloc(16)]),
      'index.js': 'console.log(1)\n',
    });
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.languages).toEqual([{ name: 'javascript', files: 1, bytes: 15, share: 1 }]);
    expect(p.warnings).toEqual([{ file: 'package.json', message: 'binary file where text was expected, skipped' }]);
  });

  it('a 50 MB file: not read, not counted, warned about', async () => {
    const dir = repo({ 'requirements.txt': 'django\n', 'manage.py': 'import django\n' });
    for (const name of ['bundle.js', 'package.json']) {
      const fd = openSync(join(dir, name), 'w');
      ftruncateSync(fd, 50 * 1024 * 1024);
      closeSync(fd);
    }
    const t0 = performance.now();
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(p.warnings).toEqual([
      { file: 'bundle.js', message: 'source file larger than 1 MB: treated as generated, not counted' },
      { file: 'package.json', message: 'larger than 1 MB (50 MB), not read' },
    ]);
    expect(p.languages.map((l) => l.name)).toEqual(['python']);
    expect(p.frameworks).toEqual(['django']);
  });

  it('symlink loops and links leaving the repository are not followed', async () => {
    const dir = repo({ 'src/index.ts': 'export {};\n', 'package.json': '{"name":"a","dependencies":{"express":"4"}}' });
    symlinkSync('loop', join(dir, 'loop'));
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    symlinkSync('..', join(dir, 'src', 'up'));
    symlinkSync(tmpdir(), join(dir, 'outside'));
    symlinkSync('src/index.ts', join(dir, 'alias.ts'));
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.languages).toEqual([{ name: 'typescript', files: 2, bytes: 22, share: 1 }]);
    expect(p.warnings.map((w) => `${w.file}: ${w.message.split(' (')[0]}`)).toEqual([
      'a: symlink loop, skipped',
      'b: symlink loop, skipped',
      'loop: symlink loop, skipped',
      'outside: symlink points outside the repository',
    ]);
    expect(p.frameworks).toEqual(['express']);
  });

  it.skipIf(isRoot)('an unreadable folder is a warning, the rest is profiled', async () => {
    const dir = repo({ 'locked/secret.py': 'x = 1\n', 'main.go': 'package main\n' });
    chmodSync(join(dir, 'locked'), 0o000);
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.warnings).toEqual([{ file: 'locked/', message: 'directory not readable (EACCES), skipped' }]);
    expect(p.languages.map((l) => l.name)).toEqual(['go']);
  });

  it.runIf(isRoot)('as root an unreadable folder is still read (chmod does not block root)', async () => {
    const dir = repo({ 'locked/secret.py': 'x = 1\n', 'main.go': 'package main\n' });
    chmodSync(join(dir, 'locked'), 0o000);
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p.languages.map((l) => l.name).sort()).toEqual(['go', 'python']);
  });

  it('a missing or non-directory DIR is an input error', async () => {
    const dir = repo({ 'file.txt': 'x' });
    await expect(profileDirectory(join(dir, 'nope'))).rejects.toThrow(InputError);
    await expect(profileDirectory(join(dir, 'file.txt'))).rejects.toThrow(/not a directory/);
  });

  it('an empty directory gives an empty profile', async () => {
    const dir = repo({});
    const p = await profileDirectory(dir, { source: 'walk' });
    expect(p).toEqual({
      languages: [],
      frameworks: [],
      datastores: [],
      packageManagers: [],
      services: [],
      docker: { dockerfiles: [], compose: [] },
      iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
      warnings: [],
    });
  });
});

describe('exit codes (analyze through the CLI)', () => {
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
    const code = await main(args);
    vi.restoreAllMocks();
    return { code, stdout, stderr };
  };

  it('malformed front matter: exit 2 naming inframate.md and the line', async () => {
    const dir = repo({ 'inframate.md': '---\napp: shop\nregion: [us-east-1\n---\n', 'main.go': 'package main\n' });
    const r = await run(['analyze', dir, '--format', 'json', '--no-ai', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/inframate\.md:\d+: malformed YAML front matter/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing DIR: exit 2', async () => {
    const r = await run(['analyze', join(tmpdir(), 'inframate-does-not-exist-42'), '--format', 'json', '--no-ai', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('directory not found');
  });

  it('a malformed package.json still produces the profile (not exit 2 or 3)', async () => {
    const dir = repo({ 'package.json': '{ "name": ', 'index.js': 'console.log(1)\n' });
    const r = await run(['analyze', dir, '--format', 'json', '--no-ai', '--dry-run']);
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.profile.warnings[0]).toMatchObject({ file: 'package.json', line: 1 });
    expect(report.profile.languages[0].name).toBe('javascript');
  });
});
