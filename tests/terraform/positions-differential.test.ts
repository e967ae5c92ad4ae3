// The position scanner (src/terraform/positions.ts) finds exactly the blocks, attribute lines and comments
// its previous form found (tests/terraform/positions-reference.ts), on every .tf file of the repository and
// on mutated ones (stray quotes, braces, interpolations, heredocs, comments, blanks and identifiers).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHcl } from '../../src/terraform/positions';
import { scanHcl as scanHclReference } from './positions-reference';

const root = join(import.meta.dirname, '..', '..');
const tfFiles = execFileSync('git', ['ls-files', '*.tf'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SNIPPETS = [
  '"',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '=',
  '==',
  '=>',
  '<=',
  '!=',
  '\n',
  '\r\n',
  ' ',
  '\t',
  '\uFEFF',
  '\u00a0',
  '${',
  '%{',
  '$${',
  '%%{',
  '}',
  '#',
  '// x\n',
  '/*',
  '*/',
  '/* a\nb */',
  '<<EOT\n',
  '<<-EOT\n',
  '\nEOT\n',
  '<<',
  'abc',
  'a-b_c9',
  '_x',
  '9x',
  '-',
  'é',
  'x.y',
  'resource "a" "b" {\n',
  'block {\n',
  'name = 1\n',
  '\\',
  '\\"',
];

describe('HCL positions: the same as before', () => {
  it('on every .tf file of the repository', () => {
    expect(tfFiles.length).toBeGreaterThan(500);
    for (const f of tfFiles) {
      const text = readFileSync(join(root, f), 'utf8');
      expect(scanHcl(f, text), f).toEqual(scanHclReference(f, text));
    }
  });

  it('on mutated files and on odd snippets alone', () => {
    const next = rng(Number(process.env.HCL_FUZZ_SEED ?? 20261208));
    const sources = tfFiles
      .filter((_, i) => i % 5 === 0)
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .filter((s) => s.length < 20_000);
    for (const s of SNIPPETS) expect(scanHcl('s.tf', s)).toEqual(scanHclReference('s.tf', s));
    for (let i = 0; i < Number(process.env.HCL_FUZZ_RUNS ?? 1500); i++) {
      let src = sources[Math.floor(next() * sources.length)]!;
      const edits = 1 + Math.floor(next() * 4);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(next() * (src.length + 1));
        const op = next();
        if (op < 0.5) src = src.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + src.slice(at);
        else if (op < 0.8) src = src.slice(0, at) + src.slice(at + 1 + Math.floor(next() * 8));
        else src = src.slice(0, at) + src.slice(at, at + 20) + src.slice(at);
      }
      expect(scanHcl('m.tf', src), src.slice(0, 200)).toEqual(scanHclReference('m.tf', src));
    }
  });
});
