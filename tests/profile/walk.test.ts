// The walker sees the tree the way git would: nested .gitignore files, negations, skipped folders.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { walkTree } from '../../src/profile/walk';

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
