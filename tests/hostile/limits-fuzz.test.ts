// Fuzzing the new limits (issue 12): random deep nesting of every bracket kind (with strings,
// interpolations, heredocs and comments inside), random sizes around the parse budget, and random
// count/module fan-out around the instance budget. Nothing may throw, skip a file silently, or grow
// memory without bound; the peak RSS of the run is checked at the end (bench/limits.bench.ts reports
// it per hostile case in its own process).
import { describe, expect, it } from 'vitest';
import { loadTerraformFiles, parseTerraformFile } from '../../src/terraform/load';
import { checkParseBudget, PARSE_BUDGET } from '../../src/terraform/parse-budget';
import { OPEN_SSH } from './limits-inputs';

/** Deterministic PRNG (mulberry32): a failure is reproducible from its iteration number. */
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

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A valid expression nested `depth` levels, each level a random kind. */
function nested(r: () => number, depth: number): string {
  let inner = pick(r, ['1', '"s"', 'var.x', 'true', '"a${1}b"']);
  for (let i = 0; i < depth; i++) {
    inner = pick(r, [
      () => `[${inner}]`,
      () => `(${inner})`,
      () => `{ k${i} = ${inner} }`,
      () => `"\${${inner}}"`,
      () => `[\n  ${inner},\n  2, # comment ]\n]`,
      () => `tolist([${inner}])`,
      () => `{ "a" = 1, b = ${inner} }`,
    ])();
  }
  return inner;
}

describe('fuzz: nesting depth', () => {
  it('random nesting up to 3,000 levels: never throws, never skips the file, keeps every line, budget respected', async () => {
    const r = rng(12);
    for (let iter = 0; iter < 60; iter++) {
      const depth = Math.floor(r() * 3000);
      const text = `variable "x" {\n  default = 1\n}\nlocals {\n  v = ${nested(r, depth)}\n}\n${OPEN_SSH}`;
      const budget = checkParseBudget('f.tf', text);
      expect(budget.text.split('\n').length, `iteration ${iter}`).toBe(text.split('\n').length);
      const again = checkParseBudget('f.tf', budget.text);
      expect(again.maxDepth, `iteration ${iter}`).toBeLessThanOrEqual(PARSE_BUDGET.maxDepth + 2); // the replacement group and its timestamp() call
      const parsed = await parseTerraformFile('f.tf', text);
      expect(parsed.error, `iteration ${iter} (depth ${depth}): ${parsed.error?.message}`).toBeUndefined();
      if (budget.maxDepth > PARSE_BUDGET.maxDepth) {
        const w = parsed.warnings?.[0];
        expect(w, `iteration ${iter}`).toMatchObject({ file: 'f.tf', code: 'nesting-depth' });
        expect(w!.line).toBeGreaterThanOrEqual(5); // inside the local, located
        expect(w!.line).toBeLessThanOrEqual(text.split('\n').length);
      }
      const ssh = parsed.parsed!.config.resource?.aws_security_group?.ssh;
      expect(ssh, `iteration ${iter}`).toBeDefined();
    }
  });
});

describe('fuzz: sizes around the parse budget', () => {
  it("files and heredocs just under and over their budgets: over is that file's error, under parses", async () => {
    const r = rng(7);
    for (let iter = 0; iter < 12; iter++) {
      const heredoc = Math.floor(PARSE_BUDGET.maxHeredocBytes * (0.5 + r()));
      const text = `locals {\n  h = <<EOT\n${'z'.repeat(heredoc)}\nEOT\n}\n`;
      const res = checkParseBudget('h.tf', text);
      if (res.heredocBytes > PARSE_BUDGET.maxHeredocBytes) expect(res.error).toMatchObject({ code: 'parse-budget', line: 2 });
      else expect(res.error).toBeUndefined();
      const size = Math.floor(PARSE_BUDGET.maxBytes * (0.9 + r() * 0.2));
      const big = `# ${'c'.repeat(size)}\n`;
      expect(!!checkParseBudget('b.tf', big).error).toBe(Buffer.byteLength(big) > PARSE_BUDGET.maxBytes);
    }
  });
});

describe('fuzz: fan-out', () => {
  it('random count / module count / for_each nests: every instance accounted for, never more than the budget materialised', async () => {
    const r = rng(99);
    for (let iter = 0; iter < 25; iter++) {
      const outer = Math.floor(10 ** (r() * 4));
      const inner = Math.floor(10 ** (r() * 4));
      const keys = Math.floor(r() * 50);
      const budget = 1 + Math.floor(r() * 3000);
      const files = new Map([
        ['main.tf', `module "m" {\n  source = "./m"\n  count  = ${outer}\n}\n`],
        [
          'm/main.tf',
          `resource "aws_sqs_queue" "q" {\n  count = ${inner}\n}\nresource "aws_sns_topic" "t" {\n  for_each = toset([for i in range(${keys}) : "k\${i}"])\n}\n`,
        ],
      ]);
      const loaded = await loadTerraformFiles('/repo', files, { maxInstances: budget });
      const stands = (type: string) => loaded.resources.filter((x) => x.type === type).reduce((s, x) => s + (x.instanceCount ?? 1), 0);
      expect(stands('aws_sqs_queue'), `iteration ${iter}`).toBe(outer * inner);
      expect(stands('aws_sns_topic'), `iteration ${iter}`).toBe(outer * Math.max(keys, 0) || 0);
      const materialised = loaded.resources.filter((x) => x.instanceCount === undefined).length + loaded.modules.length;
      expect(materialised, `iteration ${iter}`).toBeLessThanOrEqual(budget + outer);
      if (outer * (inner + keys) + outer > budget) expect(loaded.warnings!.some((w) => w.code === 'instance-budget')).toBe(true);
    }
    expect(process.memoryUsage().rss).toBeLessThan(1.5 * 1024 ** 3);
  });
});
