// The parse budget check (src/terraform/parse-budget.ts) gives exactly what its previous form gave
// (tests/terraform/parse-budget-reference.ts): the text handed to the parser, warnings, depth, heredoc
// bytes and errors, on every .tf file of the repository and on mutated ones, with the real budget and
// with small ones that make groups too deep and heredocs too large.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParseBudget, PARSE_BUDGET } from '../../src/terraform/parse-budget';
import { checkParseBudget as checkParseBudgetReference } from './parse-budget-reference';

const root = join(import.meta.dirname, '..', '..');
const tfFiles = execFileSync('git', ['ls-files', '*.tf'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const SMALL = { maxBytes: PARSE_BUDGET.maxBytes, maxHeredocBytes: 200, maxDepth: 2 };

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
  '\n',
  '\r\n',
  '${',
  '%{',
  '$${',
  '%%{',
  '$$',
  '%%',
  '$',
  '%',
  '#',
  '// x\n',
  '/',
  '/*',
  '*/',
  '/* a\nb */',
  '<<EOT\n',
  '<<-EOT\n',
  '\nEOT\n',
  '<<',
  '<',
  '\\',
  '\\"',
  'x = [[[[1]]]]\n',
  'f((((x))))',
  '"${"${"${x}"}"}"',
  'é',
  '\t',
];

const check = (text: string) => {
  for (const budget of [PARSE_BUDGET, SMALL])
    expect(checkParseBudget('f.tf', text, budget), text.slice(0, 200)).toEqual(checkParseBudgetReference('f.tf', text, budget));
};

describe('parse budget: the same as before', () => {
  it('on every .tf file of the repository', () => {
    expect(tfFiles.length).toBeGreaterThan(500);
    for (const f of tfFiles) check(readFileSync(join(root, f), 'utf8'));
  });

  it('on mutated files and on odd snippets alone', () => {
    const next = rng(Number(process.env.HCL_FUZZ_SEED ?? 20261208));
    const sources = tfFiles
      .filter((_, i) => i % 5 === 0)
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .filter((s) => s.length < 20_000);
    for (const s of SNIPPETS) check(s);
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
      check(src);
    }
  });
});
