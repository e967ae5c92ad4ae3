// Realistic modules (variables, tfvars, locals, count/for_each, dynamic blocks, local modules,
// suppressions) with their exact expected findings, and a no-crash sweep over every fixture.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanTerraform } from '../../src/checks/engine';
import { loadTerraform } from '../../src/terraform/load';
import { compareText } from '../../src/core/compare';

const FIXTURES = join(__dirname, '../fixtures');
const CORPUS = join(FIXTURES, 'secure');

interface Expected {
  now: string;
  cases: {
    name: string;
    varFiles: string[];
    findings: { ruleId: string; resource: string; file: string; line: number; suppressed?: boolean }[];
  }[];
}

const modules = readdirSync(CORPUS).filter((d) => existsSync(join(CORPUS, d, 'expected.json')));

describe('secure corpus', () => {
  it('has realistic modules to check', () => expect(modules.length).toBeGreaterThanOrEqual(5));

  for (const name of modules) {
    const expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8')) as Expected;
    for (const c of expected.cases) {
      it(`${name} (${c.name}) yields exactly the expected findings`, async () => {
        const dir = join(CORPUS, name);
        const loaded = await loadTerraform(dir, { varFiles: c.varFiles.map((f) => join(dir, f)) });
        expect(loaded.errors).toEqual([]);
        const { findings, ruleErrors } = scanTerraform(loaded, { now: new Date(`${expected.now}T00:00:00Z`) });
        expect(ruleErrors).toEqual([]);
        const actual = findings.map((f) => ({
          ruleId: f.ruleId,
          resource: f.resource,
          file: f.file,
          line: f.line,
          ...(f.suppressed ? { suppressed: true } : {}),
        }));
        const key = (f: { ruleId: string; resource: string; line: number }) => `${f.ruleId} ${f.resource} ${f.line}`;
        expect(actual.map(key).sort()).toEqual(c.findings.map(key).sort());
        expect(actual.sort((a, b) => compareText(key(a), key(b)))).toEqual([...c.findings].sort((a, b) => compareText(key(a), key(b))));
      });
    }
  }
});

function tfDirs(root: string): string[] {
  const dirs = new Set<string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.tf(\.json)?$/.test(e.name)) dirs.add(dirname(join(d, e.name)));
    }
  };
  walk(root);
  return [...dirs].sort();
}

describe('every .tf in the test fixtures', () => {
  it('loads and scans without a crash or a rule error', async () => {
    const dirs = tfDirs(FIXTURES);
    expect(dirs.length).toBeGreaterThan(0);
    for (const dir of dirs) {
      const loaded = await loadTerraform(dir);
      const result = scanTerraform(loaded);
      expect(result.ruleErrors, dir).toEqual([]);
      for (const e of loaded.errors) expect(e.file, dir).toBeTruthy();
    }
  }, 120_000);
});
