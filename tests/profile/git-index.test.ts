// The git index reader lists exactly what `git ls-files` lists, for index versions 2, 3 and 4, and
// profiling from it gives the same profile as walking the tree.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { listGitIndex, parseGitIndex } from '../../src/profile/git-index';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'repos', 'monorepo-compose');
let dir: string;
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'inframate-git-'));
  cpSync(fixture, dir, { recursive: true });
  rmSync(join(dir, 'expected.json'));
  writeFileSync(join(dir, 'ünïcode näme.ts'), 'export const x = 1;\n');
  writeFileSync(join(dir, '.gitignore'), 'ignored.ts\n');
  writeFileSync(join(dir, 'ignored.ts'), 'export const ignored = true;\n');
  git('init', '-q');
  git('add', '-A');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lsFiles = () => git('ls-files', '-z').split('\0').filter(Boolean).sort();

describe('git index reader', () => {
  it.each([2, 3, 4])('index version %i lists what git ls-files lists, with sizes', (version) => {
    git('update-index', '--index-version', String(version));
    const files = parseGitIndex(readFileSync(join(dir, '.git', 'index')))!;
    expect(files.map((f) => f.path).sort()).toEqual(lsFiles());
    const pkg = files.find((f) => f.path === 'apps/api/package.json')!;
    expect(pkg.size).toBe(readFileSync(join(dir, 'apps/api/package.json')).length);
  });

  it('reads sizes and modes as unsigned 32-bit fields (sizes of 2 GiB and more)', () => {
    git('update-index', '--index-version', '2');
    const buf = readFileSync(join(dir, '.git', 'index'));
    const first = parseGitIndex(buf)![0]!;
    buf.writeUInt32BE(0xfffffff0, 12 + 36);
    expect(parseGitIndex(buf)![0]).toEqual({ path: first.path, size: 0xfffffff0 });
    buf.writeUInt32BE(0x80000001, 12 + 36);
    expect(parseGitIndex(buf)![0]!.size).toBe(0x80000001);
  });

  it('lists a subfolder of the work tree relative to that folder', () => {
    const sub = listGitIndex(join(dir, 'apps'))!;
    expect(sub.map((f) => f.path)).toContain('api/package.json');
    expect(sub.every((f) => !f.path.startsWith('apps/'))).toBe(true);
  });

  it.each([2, 3, 4])(
    'index version %i: a subfolder (and a sibling sharing its name as prefix) lists what git ls-files lists there',
    (version) => {
      git('update-index', '--index-version', String(version));
      writeFileSync(join(dir, 'apps.ts'), 'export const y = 2;\n');
      git('add', 'apps.ts');
      const under = (p: string) =>
        git('ls-files', '-z', '--', p)
          .split('\0')
          .filter(Boolean)
          .map((f) => f.slice(p.length + 1))
          .sort();
      const sub = listGitIndex(join(dir, 'apps'))!;
      expect(sub.map((f) => f.path).sort()).toEqual(under('apps'));
      expect(
        listGitIndex(join(dir, 'apps', 'api'))!
          .map((f) => f.path)
          .sort(),
      ).toEqual(under('apps/api'));
      git('rm', '-q', '--cached', 'apps.ts');
      rmSync(join(dir, 'apps.ts'));
    },
  );

  it('returns null outside a git work tree and for garbage', () => {
    const plain = mkdtempSync(join(tmpdir(), 'inframate-nogit-'));
    try {
      expect(listGitIndex(plain)).toBeNull();
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
    expect(parseGitIndex(Buffer.from('not an index'))).toBeNull();
  });

  it('profiling from the index equals profiling by walking', async () => {
    git('update-index', '--index-version', '2');
    const fromGit = await profileDirectory(dir, { source: 'git', rootName: 'r' });
    const fromWalk = await profileDirectory(dir, { source: 'walk', rootName: 'r' });
    expect(fromGit).toEqual(fromWalk);
    expect(fromGit.languages.find((l) => l.name === 'typescript')!.files).toBe(5);
  });
});
