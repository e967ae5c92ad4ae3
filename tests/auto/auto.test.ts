// optimize, visualize and auto through the real dispatcher, on fixture trees.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/commands/dispatch';
import { createLogger } from '../../src/core/log';
import { buildSettings } from '../../src/settings';

const ROOT = join(__dirname, '..', '..');
const WEBAPP = join(ROOT, 'tests/fixtures/cost/webapp');
const USAGE = join(ROOT, 'tests/fixtures/cost/webapp-usage.yml');
const quiet = createLogger({ quiet: true, write: () => {} });

async function run(command: string, dir: string, raw: Record<string, string | boolean | string[]> = {}) {
  const settings = buildSettings({ command, dir, raw: { ai: false, ...raw }, env: {}, cwd: ROOT, runtime: 'cli' });
  return dispatch(settings, { writeOutput: false, log: quiet });
}

describe('optimize', () => {
  it('estimates, finds savings and reports in JSON (contracts §3.3)', async () => {
    const r = await run('optimize', WEBAPP, { format: 'json', usage: USAGE });
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.output);
    expect(json).toMatchObject({
      schemaVersion: 1,
      command: 'optimize',
      currency: 'USD',
      priceDate: '2025-06-01',
      region: 'us-east-1',
      environment: 'dev',
    });
    // the sum of the per-type figures checked in tests/cost/prices.test.ts for this tree and usage
    expect(json.totalMonthlyCost).toBeCloseTo(608.07, 2);
    expect(json.unpriced).toEqual(['aws_mystery_widget.x']);
    const ids = json.savings.map((s: { ruleId: string }) => s.ruleId);
    for (const id of [
      'cost-ebs-gp3',
      'cost-previous-generation',
      'cost-graviton',
      'cost-nat-gateway-per-az',
      'cost-multi-az-dev',
      'cost-lambda-arm64',
      'cost-log-retention',
      'cost-s3-lifecycle',
      'cost-idle-eip',
    ]) {
      expect(ids).toContain(id);
    }
    const nat = json.savings.find((s: { ruleId: string }) => s.ruleId === 'cost-nat-gateway-per-az');
    // the network module has no environment variable: the patch says what to do instead of inventing one
    expect(nat.patch.diff).toBe('-  count = 2\n+  count = 1 # outside production; keep 2 in production');
    expect(nat.file).toBe('modules/network/main.tf');
  });

  it('--compare reports the per-resource difference against a base tree', async () => {
    const head = mkdtempSync(join(tmpdir(), 'inframate-cmp-'));
    cpSync(WEBAPP, head, { recursive: true });
    writeFileSync(join(head, 'extra.tf'), 'resource "aws_nat_gateway" "extra" {\n  subnet_id = "subnet-1"\n}\n');
    const r = await run('optimize', head, { format: 'json', compare: WEBAPP });
    const json = JSON.parse(r.output);
    expect(json.compare.resources).toEqual([
      {
        address: 'aws_nat_gateway.extra',
        type: 'aws_nat_gateway',
        change: 'added',
        baseMonthlyCost: null,
        headMonthlyCost: 32.85,
        monthlyDelta: 32.85,
      },
    ]);
    expect(json.compare.monthlyDelta).toBeCloseTo(32.85, 2);
    expect(r.markdown).toContain('<!-- inframate:cost-diff:pr -->');
  });

  it('a bad usage file is an input error naming file and line (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-usage-'));
    const file = join(dir, 'usage.yml');
    writeFileSync(file, 'resource_usage:\n  aws_s3_bucket.b:\n    storage_gb: -1\n');
    const lines: string[] = [];
    const settings = buildSettings({
      command: 'optimize',
      dir: WEBAPP,
      raw: { ai: false, usage: file },
      env: {},
      cwd: ROOT,
      runtime: 'cli',
    });
    const r = await dispatch(settings, { writeOutput: false, log: createLogger({ write: (l) => lines.push(l) }) });
    expect(r.exitCode).toBe(2);
    expect(lines.join('\n')).toMatch(/usage\.yml:3: usage "aws_s3_bucket\.b\.storage_gb" must be a non-negative number/);
  });

  it('a directory without Terraform is an input error', async () => {
    const r = await run('optimize', mkdtempSync(join(tmpdir(), 'inframate-empty-')));
    expect(r.exitCode).toBe(2);
  });
});

describe('visualize', () => {
  it('JSON graph (contracts §3.4) with mermaid and a cost chart', async () => {
    const r = await run('visualize', WEBAPP, { format: 'json' });
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(r.output);
    expect(json.nodes.find((n: { id: string }) => n.id === 'aws_instance.web')).toMatchObject({
      type: 'aws_instance',
      module: '',
      instances: 2,
    });
    expect(json.nodes.find((n: { id: string }) => n.id === 'module.network.aws_vpc.this')).toMatchObject({ module: 'module.network' });
    expect(json.edges).toContainEqual({ from: 'aws_lb.web', to: 'module.network.aws_subnet.public' });
    expect(json.mermaid.startsWith('flowchart LR')).toBe(true);
    expect(json.costChart.startsWith('pie showData')).toBe(true);
    expect(r.markdown).toContain('```mermaid\nflowchart LR');
  });
});

describe('auto', () => {
  it('one report with every part, in JSON and markdown; a failing part does not lose the others', async () => {
    const json = JSON.parse((await run('auto', WEBAPP, { format: 'json' })).output);
    expect(json).toMatchObject({ schemaVersion: 1, command: 'auto' });
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['secure', 'optimize', 'visualize', 'errors']));
    expect(json.optimize.totalMonthlyCost).toBeGreaterThan(0);
    expect(json.visualize.nodes.length).toBeGreaterThan(10);
    const md = (await run('auto', WEBAPP, { 'fail-on': 'none' })).markdown;
    expect(md).toMatch(/^# inframate auto\n\n\| part \| result \|/);
    expect(md).toMatch(/\| optimize \| \$\d+\.\d\d \/ month; \d+ savings worth/);
    expect(md).toContain('## inframate optimize');
    expect(md).toContain('## inframate visualize');
  });

  it('an unreadable usage file fails optimize only: secure and visualize results stay', async () => {
    const r = await run('auto', WEBAPP, { format: 'json', usage: join(tmpdir(), 'does-not-exist-usage.yml') });
    const json = JSON.parse(r.output);
    expect(json.optimize).toBeNull();
    expect(json.visualize.nodes.length).toBeGreaterThan(10);
    expect(json.errors.errors.some((e: { step: string; recovered: boolean }) => e.step === 'auto.optimize' && e.recovered)).toBe(true);
    expect(r.markdown).toContain('_optimize did not complete; see the errors below._');
  });

  it('runs analyze first when inframate.md is present (dry run: the others look at the generated module, unwritten)', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'inframate-auto-spec-'));
    cpSync(WEBAPP, repo, { recursive: true });
    writeFileSync(join(repo, 'inframate.md'), '# Requirements\n\n- environment: dev\n- region: eu-west-1\n');
    const json = JSON.parse((await run('auto', repo, { format: 'json', 'dry-run': true, 'fail-on': 'none' })).output);
    expect(json).toHaveProperty('analyze');
    expect(json.analyze.terraform.written).toBe(false);
    expect(json.target).toBe(repo);
    expect(json.targetNotWritten).toBe(true);
    expect(json.failedParts).toEqual([]);
    expect(json.optimize.region).toBe('eu-west-1');
    // The graph is the generated module's (under infra/), not the tree's own Terraform.
    const files = new Set(json.visualize.nodes.map((n: { file?: string }) => n.file?.split('/')[0]));
    expect([...files]).toEqual(['infra']);
    expect(existsSync(join(repo, 'infra'))).toBe(false);
  }, 60_000);

  it('dry run on an application without inframate.md: every part reports on the module it would write, nothing is written', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'inframate-auto-dry-'));
    cpSync(join(ROOT, 'tests/fixtures/repos/django-postgres'), repo, { recursive: true });
    rmSync(join(repo, 'inframate.md'), { force: true });
    const before = readdirSync(repo, { recursive: true }).sort();
    const r = await run('auto', repo, { format: 'json', 'dry-run': true, 'fail-on': 'none' });
    const json = JSON.parse(r.output);
    expect(json.failedParts).toEqual([]);
    expect(json.targetNotWritten).toBe(true);
    expect(json.analyze.requirements.source).toBe('defaults');
    expect(json.secure.resourcesScanned).toBeGreaterThan(20);
    expect(json.secure.findings.every((f: { file: string }) => f.file.startsWith('infra/'))).toBe(true);
    // The same module the analyze gate priced.
    expect(json.optimize.totalMonthlyCost).toBeCloseTo(json.analyze.recommendation.estimatedMonthlyCost, 0);
    expect(json.visualize.nodes.length).toBeGreaterThan(20);
    expect(readdirSync(repo, { recursive: true }).sort()).toEqual(before);
    const md = (await run('auto', repo, { 'dry-run': true, 'fail-on': 'none' })).markdown;
    expect(md).toContain('_Dry run: nothing was written; secure, optimize and visualize looked at the generated module in memory._');
    expect(md).not.toContain('did not complete');
  }, 60_000);

  const bookstore = join(ROOT, 'examples/bookstore');
  it.skipIf(!existsSync(bookstore))(
    'examples/bookstore: analyze, secure, optimize and visualize in one report',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'inframate-auto-'));
      const repo = join(out, 'bookstore');
      cpSync(bookstore, repo, { recursive: true });
      const r = await run('auto', repo, { format: 'json', 'fail-on': 'none' });
      const json = JSON.parse(r.output);
      for (const part of ['analyze', 'secure', 'optimize', 'visualize'])
        expect(json[part], `${part}: ${JSON.stringify(json.errors)}`).toBeTruthy();
      const md = (await run('auto', repo, { 'fail-on': 'none', force: true })).markdown;
      expect(md).toContain('## inframate optimize');
      expect(md).toContain('```mermaid');
    },
    120_000,
  );
});

describe('visualize prices in the region optimize uses', () => {
  it('the root aws provider region sets the cost chart too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-vis-region-'));
    writeFileSync(
      join(dir, 'main.tf'),
      'provider "aws" {\n  region = "eu-west-1"\n}\nresource "aws_instance" "a" {\n  ami           = "ami-1"\n  instance_type = "m5.large"\n}\n',
    );
    const opt = JSON.parse((await run('optimize', dir, { format: 'json' })).output);
    const vis = JSON.parse((await run('visualize', dir, { format: 'json' })).output);
    const us = JSON.parse((await run('optimize', dir, { format: 'json', region: 'us-east-1' })).output);
    expect(opt.region).toBe('eu-west-1');
    expect(opt.totalMonthlyCost).not.toBeCloseTo(us.totalMonthlyCost, 2);
    const charted = vis.costByService.reduce((s: number, x: { monthlyCost: number }) => s + x.monthlyCost, 0);
    expect(charted).toBeCloseTo(opt.totalMonthlyCost, 2);
  });
});

describe('auto loads the tree once', () => {
  it('a file that fails to load is reported once, and secure still scans the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-auto-once-'));
    writeFileSync(join(dir, 'bad.tf'), 'resource "aws_instance" "a" {\n  instance_type = \n}\n');
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n');
    const json = JSON.parse((await run('auto', dir, { format: 'json', 'fail-on': 'none' })).output);
    const bad = json.errors.errors.filter((e: { message: string }) => e.message.startsWith('bad.tf:2:'));
    expect(bad).toHaveLength(1);
    expect(json.secure.findings.some((f: { resource: string }) => f.resource === 'aws_s3_bucket.b')).toBe(true);
    expect(json.visualize.nodes.map((n: { id: string }) => n.id)).toEqual(['aws_s3_bucket.b']);
  });
});

describe('unloadable Terraform', () => {
  it('every file failing to load is an input error naming the file and line, not a $0 estimate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-bad-'));
    writeFileSync(join(dir, 'main.tf'), 'resource "aws_instance" "a" {\n  instance_type = \n}\n');
    const lines: string[] = [];
    const settings = buildSettings({ command: 'optimize', dir, raw: { ai: false }, env: {}, cwd: dir, runtime: 'cli' });
    const r = await dispatch(settings, { writeOutput: false, log: createLogger({ write: (l) => lines.push(l) }) });
    expect(r.exitCode).toBe(2);
    expect(lines.join('\n')).toMatch(/main\.tf:\d+: no Terraform file could be loaded/);
  });
});
