// The walker sees the tree the way git would: nested .gitignore files, negations, skipped folders.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { byNameOnly, shareWalks, statPrefixOf, walkTree } from '../../src/profile/walk';
import { execFileSync } from 'node:child_process';

const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-walk-'));
  temps.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

function list(dir: string): string[] {
  const out: string[] = [];
  walkTree(dir, (d, n) => out.push(d + n));
  return out;
}

describe('walkTree', () => {
  it('honors nested .gitignore files with their own scope, and negations', () => {
    const dir = tree({
      '.gitignore': '/tmp\n*.log\n!keep.log\n',
      'tmp/a.ts': '',
      'src/tmp/b.ts': '',
      'src/.gitignore': '*.gen.ts\nlocal/\n',
      'src/x.gen.ts': '',
      'src/x.ts': '',
      'src/local/y.ts': '',
      'other/x.gen.ts': '',
      'debug.log': '',
      'keep.log': '',
    });
    expect(list(dir).sort()).toEqual(['.gitignore', 'keep.log', 'other/x.gen.ts', 'src/.gitignore', 'src/tmp/b.ts', 'src/x.ts']);
  });

  it('never enters dependency or build folders', () => {
    const dir = tree({
      'node_modules/a/index.js': '',
      'dist/app.js': '',
      'target/x.rs': '',
      '.venv/lib/x.py': '',
      'src/main.rs': '',
      'vendor/x.go': '',
    });
    expect(list(dir)).toEqual(['src/main.rs']);
  });

  it('measures code files only and lists files in a stable order', () => {
    const dir = tree({ 'b.ts': '12345', 'a.md': 'hello', 'c/d.py': '1' });
    const seen: [string, number][] = [];
    walkTree(dir, (d, n, size) => seen.push([d + n, size]));
    expect(seen).toEqual([
      ['a.md', -1],
      ['b.ts', 5],
      ['c/d.py', 1],
    ]);
  });

  it('stops at maxFiles with a warning', () => {
    const dir = tree({ 'a.ts': '', 'b.ts': '', 'c.ts': '' });
    const out: string[] = [];
    const r = walkTree(dir, (d, n) => out.push(d + n), { maxFiles: 2 });
    expect(out).toHaveLength(2);
    expect(r.warnings).toEqual([{ file: '.', message: 'more than 2 files: the profile covers the first 2' }]);
  });
});

describe('shareWalks', () => {
  const capture = (dir: string, opts: Parameters<typeof walkTree>[2] = {}) => {
    const seen: [string, string, number][] = [];
    const result = walkTree(dir, (d, n, size) => seen.push([d, n, size]), opts);
    return { seen, result };
  };
  const fixture = () => {
    const dir = tree({
      '.gitignore': '*.log\n',
      'a.ts': 'export const a = 1;\n',
      'src/b.py': 'print(1)\n',
      'src/c.log': '',
      'README.md': '# x\n',
    });
    symlinkSync('/etc/hostname', join(dir, 'outside'));
    return dir;
  };

  it('a second walk of the tree within the scope gives what a fresh walk gives, without reading it', async () => {
    const dir = fixture();
    const fresh = { sized: capture(dir), unsized: capture(dir, { sizes: false, maxFiles: 200_000 }) };
    expect(fresh.sized.result.warnings.map((w) => w.file)).toEqual(['outside']);
    await shareWalks(async () => {
      const first = capture(dir);
      // Changed after the first walk: the second one, inside the scope, still gives the first one's files.
      writeFileSync(join(dir, 'late.ts'), '');
      await Promise.resolve();
      expect(first).toEqual(fresh.sized);
      expect(capture(dir, { sizes: false, maxFiles: 200_000 })).toEqual(fresh.unsized);
      expect(capture(dir)).toEqual(fresh.sized);
    });
    // Outside the scope the tree is read again.
    expect(capture(dir).seen.map(([d, n]) => d + n)).toContain('late.ts');
  });

  it('walks again when the first walk was cut short or measured no sizes', () => {
    const dir = fixture();
    shareWalks(() => {
      expect(capture(dir, { maxFiles: 2 }).seen).toHaveLength(2);
      expect(capture(dir).seen).toHaveLength(4);
    });
    shareWalks(() => {
      capture(dir, { sizes: false });
      expect(capture(dir).seen.find(([, n]) => n === 'a.ts')?.[2]).toBe(20);
    });
  });
});

describe('.gitignore rules that match by name', () => {
  it('tells which rule sets match by name alone', () => {
    expect(byNameOnly('# deps\nnode_modules\ndist/\n*.log\n\n.env*\n')).toBe(true);
    expect(byNameOnly('/build\n')).toBe(false);
    expect(byNameOnly('*.log\n!keep.log\n')).toBe(false);
    expect(byNameOnly('docs/*.md\n')).toBe(false);
    expect(byNameOnly('\\#literal\n')).toBe(false);
  });

  it('lists what git lists, the same names recurring across folders', () => {
    const files: Record<string, string> = {
      '.gitignore': 'node_modules\ndist/\n*.log\ntmp\n',
      'pkg/.gitignore': 'generated.ts\ncache/\n',
      'other/.gitignore': '/anchored.ts\n!keep.log\n*.log\n',
    };
    for (const top of ['pkg', 'other', 'lib']) {
      for (const sub of ['', 'a/', 'a/b/', 'dist-not/', 'cache/', 'tmp/']) {
        for (const name of ['index.ts', 'generated.ts', 'x.log', 'keep.log', 'anchored.ts']) {
          files[`${top}/${sub}${name}`] = 'x';
        }
      }
      // Files named like ignored folders: `cache/` ignores only folders, `tmp` both.
      files[`${top}/files/cache`] = 'x';
      files[`${top}/files/tmp`] = 'x';
      files[`${top}/dist/inside.ts`] = 'x';
      files[`${top}/a/dist/inside.ts`] = 'x';
    }
    files['lib/cache/z.ts'] = 'x'; // cache/ is ignored only under pkg/
    const dir = tree(files);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const git = execFileSync('git', ['ls-files', '-o', '--exclude-standard', '-z'], { cwd: dir, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean)
      .sort();
    expect(git).toContain('lib/cache/z.ts');
    expect(git).not.toContain('pkg/a/generated.ts');
    expect(git).toContain('pkg/files/cache');
    expect(git).not.toContain('pkg/files/tmp');
    expect(list(dir).sort()).toEqual(git);
  });
});

describe('statPrefixOf', () => {
  it('prefix + name is join(folder, name) for every folder form and entry name', () => {
    const folders = [
      '/',
      '.',
      '',
      './',
      'a',
      'a/',
      './a/b/',
      'a//b',
      'a/./b',
      'a/../b',
      '../x',
      '../../',
      '/a/b/..',
      '..',
      '/tmp/repo',
      'x/y/../..',
    ];
    const names = ['f.ts', '.hidden', '...', '..x', 'a b', 'é.py', 'Dockerfile', 'x.'];
    for (const folder of folders) {
      const prefix = statPrefixOf(folder);
      for (const name of names) expect(prefix + name, `${folder} + ${name}`).toBe(join(folder, name));
    }
  });
});
