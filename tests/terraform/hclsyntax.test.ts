// The in-project HCL parser against the reference (@cdktf/hcl2json, a development dependency):
// identical JSON on every .tf file of the fixtures, on hand-written good examples, and under
// fuzzing; refusals where the reference refuses; bounded on hostile input.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as oracle } from '@cdktf/hcl2json';
import { describe, expect, it } from 'vitest';
import { hclToJson, HclSyntaxError, MAX_DEPTH } from '../../src/terraform/hclsyntax/index';
import { numberToString } from '../../src/terraform/hclsyntax/convert';
import { parseHcl } from '../../src/terraform/hcl';

const root = join(import.meta.dirname, '..', '..');

async function reference(src: string): Promise<{ ok: true; json: string } | { ok: false }> {
  try {
    return { ok: true, json: JSON.stringify(await oracle('t.tf', src)) };
  } catch {
    return { ok: false };
  }
}

function ours(src: string): { ok: true; json: string } | { ok: false; error: unknown } {
  try {
    return { ok: true, json: JSON.stringify(hclToJson(src)) };
  } catch (error) {
    return { ok: false, error };
  }
}

const tfFiles = execFileSync('git', ['ls-files', '*.tf'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('differential: every .tf file in the repository', () => {
  it('finds the fixtures', () => {
    expect(tfFiles.length).toBeGreaterThan(500);
  });

  it('parses each file to exactly what hcl2json returns (key order included)', async () => {
    const mismatches: string[] = [];
    for (const file of tfFiles) {
      const src = readFileSync(join(root, file), 'utf8');
      const [a, b] = [await reference(src), ours(src)];
      if (a.ok !== b.ok || (a.ok && b.ok && a.json !== b.json)) mismatches.push(file);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

// Each good example is checked against the reference, and its expected value is written out so a
// change in either parser shows what moved.
const GOOD: Array<[string, string, unknown]> = [
  ['empty file', '', {}],
  [
    'literals',
    'a = 1\nb = 1.50\nc = true\nd = null\ne = "x"\nf = -2\ng = !false\nh = 1e3\n',
    { a: 1, b: 1.5, c: true, d: null, e: 'x', f: -2, g: true, h: 1000 },
  ],
  ['escapes', 'a = "q\\"\\\\\\n\\t\\u00e9\\U0001F600"\n', { a: 'q"\\\n\té😀' }],
  ['template escapes stay escaped', 'a = "$${x} %%{y}"\n', { a: '$${x} %%{y}' }],
  ['a lone interpolation keeps its expression', 'a = "${ var.x }"\nb = "${1}"\nc = "${[1]}"\n', { a: '${var.x}', b: 1, c: [1] }],
  [
    'templates',
    'a = "x-${var.y}-${upper(z)}"\nb = "n${1}${true}${null}"\nc = "${-1}x"\n',
    { a: 'x-${var.y}-${upper(z)}', b: 'n1truenull', c: '${-1}x' },
  ],
  [
    'template directives',
    'a = "%{ if x ~} y %{~ else }z%{ endif }"\nb = "%{for k, v in m}${k}=${v};%{endfor}"\nc = "x${a ? "y" : b}"\n',
    { a: '%{if x}y%{else}z%{endif}', b: '%{for k, v in m}${k}=${v};%{endfor}', c: 'x%{if a}y%{else}${b}%{endif}' },
  ],
  ['strip markers', 'a = "x  ${~ y ~}  z"\n', { a: 'x${y}z' }],
  ['heredoc', 'a = <<EOT\n  hello ${name}\n  $${kept}\nEOT\n', { a: '  hello ${name}\n  $${kept}\n' }],
  ['flush heredoc', 'a = <<-EOT\n    one\n      two\n\n    three\n  EOT\n', { a: 'one\n  two\n\nthree\n' }],
  ['heredoc with CRLF', 'a = <<EOT\r\nx\r\nEOT\r\n', { a: 'x\r\n' }],
  [
    'expressions wrapped as written',
    'a = var.x\nb = a.b[0].c\nc = f(1, 2)\nd = x ? y : z\ne = [for i in l : i if i > 0]\nf = (1)\ng = a[*].b\nh = a.*.b\ni = x == 1 && y != 2 || !z\nj = -(x)\n',
    {
      a: '${var.x}',
      b: '${a.b[0].c}',
      c: '${f(1, 2)}',
      d: '${x ? y : z}',
      e: '${[for i in l : i if i > 0]}',
      f: '${(1)}',
      g: '${a[*].b}',
      h: '${a.*.b}',
      i: '${x == 1 && y != 2 || !z}',
      j: '${-(x)}',
    },
  ],
  [
    'collections',
    'a = [1, "x", var.y,]\nb = {\n  k = 1\n  "q" = 2, z: 3\n  (var.k) = 4\n  7 = 5\n  1.50 = 6\n  "${x}" = 7\n}\n',
    { a: [1, 'x', '${var.y}'], b: { '${x}': 7, '${(var.k)}': 4, '1.5': 6, '7': 5, k: 1, q: 2, z: 3 } },
  ],
  [
    'blocks and labels',
    'resource "a" "b" {\n  x = 1\n  inner {\n    y = 2\n  }\n  inner { y = 3 }\n}\nresource "a" "c" {}\nlocals {\n  p = 1\n}\nlocals {\n  q = 2\n}\n',
    { locals: [{ p: 1 }, { q: 2 }], resource: { a: { b: [{ inner: [{ y: 2 }, { y: 3 }], x: 1 }], c: [{}] } } },
  ],
  ['comments of every kind', '# one\na = 1 // two\n/* three\n more */\nb = 2 # four', { a: 1, b: 2 }],
  [
    'multi-line expressions inside brackets',
    'a = [\n  1,\n  2\n]\nb = f(\n  x,\n  y\n)\nc = (\n  1 +\n  2\n)\n',
    { a: [1, 2], b: '${f(\n  x,\n  y\n)}', c: '${(\n  1 +\n  2\n)}' },
  ],
  [
    'binary operators of every level, chained and mixed (precedence climbing)',
    'a = x || y && z == 1 != w > 2 >= 3 < 4 <= 5 + 6 - 7 * 8 / 9 % 10\nb = 1 * 2 + 3 * 4 - 5\nc = !x || -y * 2 == 3 ? 4 : 5\nd = (1 + 2) * (3 - 4) / f(5 % 6, 7 >= 8)\n',
    {
      a: '${x || y && z == 1 != w > 2 >= 3 < 4 <= 5 + 6 - 7 * 8 / 9 % 10}',
      b: '${1 * 2 + 3 * 4 - 5}',
      c: '${!x || -y * 2 == 3 ? 4 : 5}',
      d: '${(1 + 2) * (3 - 4) / f(5 % 6, 7 >= 8)}',
    },
  ],
  ['unicode identifiers and BOM', '\ufeffnamé = "ü"\n', { namé: 'ü' }],
];

const BAD: Array<[string, string]> = [
  ['attribute redefined', 'a = 1\na = 2\n'],
  ['unclosed block', 'resource "a" "b" {\n  x = 1\n'],
  ['missing newline after argument', 'a = 1 b = 2\n'],
  ['comma between arguments', 'a = 1, b = 2\n'],
  ['quoted argument name', '"a" = 1\n'],
  ['block with =', 'a = {\n}\nb "x" = {}\n'],
  ['unterminated string', 'a = "x\n'],
  ['invalid escape', 'a = "\\q"\n'],
  ['short unicode escape', 'a = "\\u12"\n'],
  ['single quotes', "a = 'x'\n"],
  ['semicolon', 'a = 1;\n'],
  ['bitwise operator', 'a = 1 & 2\n'],
  ['unterminated heredoc', 'a = <<EOT\nx\n'],
  ['unbalanced parentheses', 'a = (1\n'],
  ['multi-line conditional at top level', 'a = x ?\n  1 : 2\n'],
  ['bad number', 'a = 1.2.3\n'],
  ['two attributes in a one-line block', 'b { x = 1 y = 2 }\n'],
  ['labelled and unlabelled blocks of one type', 'a "x" {}\na {}\n'],
  ['unbalanced template directive', 'a = "%{ if x }y"\n'],
  ['unknown template keyword', 'a = "%{ while x }y%{ endwhile }"\n'],
  ['invalid character', 'a = 1 @ 2\n'],
  ['binary operator without a right operand', 'a = 1 + * 2\n'],
  ['binary operator at the end of a line', 'a = 1 *\nb = 2\n'],
  // Found by fuzzing (seed 7): an object for expression needs a key (`k => v`).
  ['object for expression without a key', 'a = { for k, m in x : k.name }\n'],
];

describe('good examples: the same JSON as hcl2json', () => {
  it.each(GOOD)('%s', async (_name, src, expected) => {
    const a = await reference(src);
    const b = ours(src);
    expect(b.ok).toBe(true);
    expect(a.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(b.json).toBe(a.json);
      expect(JSON.parse(b.json)).toEqual(expected);
    }
  });
});

describe('bad examples: refused like hcl2json refuses them, with a position', () => {
  it.each(BAD)('%s', async (_name, src) => {
    const a = await reference(src);
    const b = ours(src);
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.error).toBeInstanceOf(HclSyntaxError);
  });

  it('names the file and line of the first error', async () => {
    await expect(parseHcl('main.tf', 'a = 1\nb = "\\q"\n')).rejects.toMatchObject({ location: { file: 'main.tf', line: 2 } });
  });
});

describe('numbers as strings (object keys, template parts) follow cty', () => {
  it.each([
    ['1', '1'],
    ['1.50', '1.5'],
    ['1e3', '1000'],
    ['0.001', '0.001'],
    ['1.5e-3', '0.0015'],
    ['007', '7'],
    ['0', '0'],
    ['0.0', '0'],
  ])('%s → %s', (input, out) => {
    expect(numberToString(input)).toBe(out);
  });
});

// A small seeded generator: the same mutations every run, different ones per seed.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SNIPPETS = [
  '"',
  '${',
  '%{',
  '}',
  '{',
  '[',
  ']',
  '(',
  ')',
  '\n',
  '#',
  '/*',
  '*/',
  '<<EOT\n',
  '\nEOT\n',
  '~',
  '\\',
  '$$',
  ',',
  '=',
  ':',
  '?',
  ' for ',
  ' if ',
  '.',
  '*',
  '-',
  '!',
  '"${x}"',
  '1e',
  '0.',
];

describe('fuzzing against the reference', () => {
  it('agrees on validity and output for mutated fixture files', async () => {
    const next = rng(Number(process.env.HCL_FUZZ_SEED ?? 20261207));
    const sources = tfFiles
      .filter((_, i) => i % 7 === 0)
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .filter((s) => s.length < 20_000);
    const disagreements: string[] = [];
    for (let i = 0; i < Number(process.env.HCL_FUZZ_RUNS ?? 400); i++) {
      let src = sources[Math.floor(next() * sources.length)]!;
      const edits = 1 + Math.floor(next() * 3);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(next() * (src.length + 1));
        const op = next();
        if (op < 0.4) src = src.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + src.slice(at);
        else if (op < 0.8) src = src.slice(0, at) + src.slice(at + 1 + Math.floor(next() * 8));
        else src = src.slice(0, at) + src.slice(at, at + 20) + src.slice(at);
      }
      const [a, b] = [await reference(src), ours(src)];
      if (a.ok !== b.ok || (a.ok && b.ok && a.json !== b.json)) disagreements.push(src);
    }
    if (disagreements.length)
      console.log(
        disagreements
          .slice(0, 3)
          .map((d) => '-----\n' + d.slice(0, 600))
          .join('\n'),
      );
    expect(disagreements.length).toBe(0);
  }, 180_000);
});

describe('hostile input stays bounded', () => {
  it(`refuses expressions nested deeper than ${MAX_DEPTH} levels with an error, not a crash`, () => {
    const deep = `a = ${'['.repeat(2000)}${']'.repeat(2000)}\n`;
    expect(() => hclToJson(deep)).toThrow(/nested too deeply/);
    const paren = `a = ${'('.repeat(5000)}1${')'.repeat(5000)}\n`;
    expect(() => hclToJson(paren)).toThrow(HclSyntaxError);
  });

  it('parses a 5 MB heredoc', () => {
    const body = 'x'.repeat(100) + '\n';
    const src = `a = <<EOT\n${body.repeat(50_000)}EOT\n`;
    const out = hclToJson(src) as { a: string };
    expect(out.a.length).toBe(101 * 50_000);
  });
});
