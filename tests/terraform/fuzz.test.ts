// Fuzzing the loader with malformed HCL: truncations, random bytes, stray braces and quotes, unterminated
// heredocs. The loader must never throw, must keep loading the other files, and every error must carry
// the file and a line inside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTerraformFiles } from '../../src/terraform/load';
import { scanHcl } from '../../src/terraform/positions';
import { parseTemplateString } from '../../src/terraform/expr/parser';
import { ExprSyntaxError } from '../../src/terraform/expr/ast';

const FIXTURES = join(__dirname, '../fixtures/terraform');
const SEEDS = ['s3-platform/main.tf', 's3-platform/variables.tf', 's3-platform/modules/bucket/main.tf'].map((f) =>
  readFileSync(join(FIXTURES, f), 'utf8'),
);
const JSON_SEED = readFileSync(join(FIXTURES, 'json-app/main.tf.json'), 'utf8');
const GOOD = 'resource "aws_sqs_queue" "control" {\n  name = "control"\n}\n';

/** Deterministic PRNG (mulberry32) so a failure is reproducible from its iteration number. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '{',
  '}',
  '"',
  '${',
  '%{',
  '<<EOT\n',
  '<<-X\n',
  '[',
  ']',
  '(',
  ')',
  '=',
  '\n',
  '#',
  '/*',
  '*/',
  '\\',
  'resource "a" "b" {',
  '? :',
  '...',
  'for x in',
  '\u0000',
  '\uFFFF',
  '€',
];

function mutate(src: string, r: () => number): string {
  const at = (): number => Math.floor(r() * (src.length + 1));
  switch (Math.floor(r() * 6)) {
    case 0:
      return src.slice(0, at()); // truncate
    case 1: {
      const i = at();
      const bytes = Array.from({ length: 1 + Math.floor(r() * 8) }, () => String.fromCharCode(Math.floor(r() * 256))).join('');
      return src.slice(0, i) + bytes + src.slice(i);
    }
    case 2: {
      let out = src;
      for (let k = 0; k < 1 + Math.floor(r() * 4); k++) {
        const i = Math.floor(r() * (out.length + 1));
        out = out.slice(0, i) + FRAGMENTS[Math.floor(r() * FRAGMENTS.length)]! + out.slice(i);
      }
      return out;
    }
    case 3: {
      const i = at();
      return src.slice(0, i) + '  policy = <<EOT\n{"Version": "2012-10-17"\n' + src.slice(i).replace(/EOT/g, 'EOX');
    }
    case 4: {
      const i = at();
      const j = Math.min(src.length, i + Math.floor(r() * 200));
      return src.slice(0, i) + src.slice(j); // delete a range
    }
    default: {
      const i = at();
      return src.slice(0, i) + src.slice(i, i + Math.floor(r() * 120)) + src.slice(i); // duplicate a range
    }
  }
}

describe('loader fuzzing', () => {
  it('never crashes on 400 malformed files and reports errors with file and line', async () => {
    let withErrors = 0;
    for (let iter = 0; iter < 400; iter++) {
      const r = rng(iter + 1);
      // Every fifth file is Terraform JSON syntax.
      const json = iter % 5 === 4;
      const name = json ? 'bad.tf.json' : 'bad.tf';
      const bad = mutate(json ? JSON_SEED : SEEDS[iter % SEEDS.length]!, r);
      const lines = bad.split('\n').length;
      const t = await loadTerraformFiles(
        '/fuzz',
        new Map([
          [name, bad],
          ['good.tf', GOOD],
        ]),
      );
      expect(
        t.resources.some((x) => x.address === 'aws_sqs_queue.control'),
        `iteration ${iter}`,
      ).toBe(true);
      for (const e of [...t.errors, ...(t.warnings ?? [])]) {
        expect(e.file, `iteration ${iter}`).toBe(name);
        expect(e.line, `iteration ${iter}: ${e.message}`).toBeGreaterThanOrEqual(1);
        expect(e.line!, `iteration ${iter}: ${e.message}`).toBeLessThanOrEqual(lines + 1);
        expect(e.message.length).toBeGreaterThan(0);
      }
      if (t.errors.length) withErrors++;
    }
    // Most mutations break the syntax; the test is only meaningful if they do.
    expect(withErrors).toBeGreaterThan(150);
  }, 120_000);

  it('the position scanner and expression parser never throw anything but syntax errors', () => {
    for (let iter = 0; iter < 1000; iter++) {
      const r = rng(10_000 + iter);
      const bad = mutate(SEEDS[iter % SEEDS.length]!, r);
      expect(() => scanHcl('x.tf', bad)).not.toThrow();
      const start = Math.floor(r() * bad.length);
      const text = '${' + bad.slice(start, start + Math.floor(r() * 80)) + '}';
      try {
        parseTemplateString(text);
      } catch (error) {
        expect(error, text).toBeInstanceOf(ExprSyntaxError);
      }
    }
  });

  it('reports a truncated file at a line within it', async () => {
    const src = SEEDS[0]!;
    const cut = src.slice(0, src.indexOf('module "bucket"') + 40);
    const t = await loadTerraformFiles('/fuzz', new Map([['cut.tf', cut]]));
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]!.file).toBe('cut.tf');
    expect(t.errors[0]!.line).toBeGreaterThan(40);
  });

  it('reports an unterminated heredoc with its file and line', async () => {
    const t = await loadTerraformFiles(
      '/fuzz',
      new Map([['h.tf', 'resource "aws_iam_policy" "p" {\n  policy = <<EOT\n{\n  "Version": "2012-10-17"\n}\n']]),
    );
    expect(t.errors).toEqual([expect.objectContaining({ file: 'h.tf', line: expect.any(Number) })]);
  });
});

describe('evaluator fuzzing', () => {
  const FUNCS = [
    'merge',
    'concat',
    'lookup',
    'length',
    'keys',
    'element',
    'format',
    'join',
    'split',
    'cidrsubnet',
    'jsonencode',
    'tostring',
    'tonumber',
    'flatten',
    'zipmap',
    'range',
    'regex',
    'substr',
    'min',
    'one',
    'coalesce',
    'try',
    'can',
    'nonsensitive',
    'indent',
    'slice',
    'sort',
    'toset',
    'parseint',
    'upper',
  ];
  const ATOMS = [
    '1',
    '-2.5',
    '"s"',
    '"10.0.0.0/16"',
    'true',
    'null',
    '[]',
    '{}',
    '[1, "a"]',
    '{a = 1}',
    'var.x',
    'var.u',
    'var.l',
    'var.m',
    'var.missing',
  ];
  const gen = (r: () => number, depth: number): string => {
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
    if (depth <= 0 || r() < 0.3) return pick(ATOMS);
    switch (Math.floor(r() * 7)) {
      case 0:
        return `${pick(FUNCS)}(${Array.from({ length: Math.floor(r() * 4) }, () => gen(r, depth - 1)).join(', ')})`;
      case 1:
        return `${gen(r, depth - 1)} ${pick(['+', '-', '*', '/', '%', '==', '!=', '<', '&&', '||'])} ${gen(r, depth - 1)}`;
      case 2:
        return `${gen(r, depth - 1)} ? ${gen(r, depth - 1)} : ${gen(r, depth - 1)}`;
      case 3:
        return `[for x in ${gen(r, depth - 1)} : ${gen(r, depth - 1)}]`;
      case 4:
        return `(${gen(r, depth - 1)})[${gen(r, depth - 1)}]`;
      case 5:
        return `${gen(r, depth - 1)}[*].a`;
      default:
        return `"t-\${${gen(r, depth - 1)}}"`;
    }
  };

  it('never throws on 3000 random expressions: every failure is UNKNOWN', async () => {
    const { evaluateSafe } = await import('../../src/terraform/evaluate');
    const { UNKNOWN } = await import('../../src/terraform/model');
    const vars: Record<string, unknown> = { x: 3, u: UNKNOWN, l: ['a', 'b'], m: { a: [1, 2] } };
    const scope = { ref: (p: string[]) => (p[0] === 'var' && p[1]! in vars ? { value: vars[p[1]!] as never, used: 2 } : undefined) };
    for (let iter = 0; iter < 3000; iter++) {
      const text = '${' + gen(rng(50_000 + iter), 4) + '}';
      let ast;
      try {
        ast = parseTemplateString(text);
      } catch (error) {
        throw new Error(`${text}: ${(error as Error).message}`, { cause: error });
      }
      const v = evaluateSafe(ast, scope);
      expect(v, text).not.toBeUndefined();
    }
  });
});

describe('odd but parseable input', () => {
  it('ignores top-level attributes named like block types instead of crashing', async () => {
    const t = await loadTerraformFiles(
      '/odd',
      new Map([
        ['odd.tf', 'variable = 5\nresource = "x"\nlocals = 3\nmodule = { a = 1 }\noutput = [1]\n'],
        ['good.tf', GOOD],
      ]),
    );
    expect(t.resources.map((r) => r.address)).toEqual(['aws_sqs_queue.control']);
    expect(t.errors).toEqual([]);
  });
});
