// Sizes in large trees: past `exactSizesUpTo` files, an extension measured SIZE_SAMPLE times stands
// for the rest with its mean; small trees are measured exactly; `sizes: false` measures nothing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkTree } from '../../src/profile/walk';

function tree(files: number): string {
  const root = mkdtempSync(join(tmpdir(), 'inframate-walk-'));
  for (let i = 0; i < files; i++) {
    const dir = join(root, `d${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(dir);
    // .ts files of 10..109 bytes, .py files of 1,000 bytes.
    if (i % 4 === 0) writeFileSync(join(dir, `f${i}.py`), 'x'.repeat(1000));
    else writeFileSync(join(dir, `f${i}.ts`), 'y'.repeat(10 + (i % 100)));
  }
  return root;
}

function totals(root: string, opts: Parameters<typeof walkTree>[2]) {
  const bytes = new Map<string, number>();
  const r = walkTree(
    root,
    (_d, name, size) => {
      const ext = name.slice(name.lastIndexOf('.'));
      bytes.set(ext, (bytes.get(ext) ?? 0) + size);
    },
    opts,
  );
  return { bytes, warnings: r.warnings, files: r.files };
}

describe('file sizes in the walk', () => {
  it('are exact in small trees, and estimated within 2% past the threshold with a warning', () => {
    const root = tree(3000);
    const exact = totals(root, {});
    expect(exact.warnings).toEqual([]);
    const estimated = totals(root, { exactSizesUpTo: 1000 });
    expect(estimated.warnings.some((w) => /sizes of \d+ code files are their extension's mean/.test(w.message))).toBe(true);
    for (const [ext, b] of exact.bytes) expect(Math.abs(estimated.bytes.get(ext)! - b) / b, ext).toBeLessThan(0.02);
  });

  it('measures nothing when sizes are not wanted', () => {
    const root = tree(50);
    const r = totals(root, { sizes: false });
    expect(r.files).toBe(50);
    // Every file reports -1: 13 .py files (every fourth of 50) and 37 .ts files.
    expect(Object.fromEntries(r.bytes)).toEqual({ '.py': -13, '.ts': -37 });
  });
});
