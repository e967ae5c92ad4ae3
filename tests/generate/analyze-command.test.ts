import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import analyze from '../../src/commands/analyze';
import type { CommandContext } from '../../src/commands/types';
import { createLogger } from '../../src/core/log';
import { gateFindings } from '../../src/recommend/gate';
import type { TerraformReport } from '../../src/recommend/generate';
import { buildSettings } from '../../src/settings';
import { Supervisor } from '../../src/supervisor/step';

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-analyze-'));
  mkdirSync(join(dir, 'api'));
  writeFileSync(
    join(dir, 'api', 'package.json'),
    JSON.stringify({ name: 'api', dependencies: { express: '^4', pg: '^8' }, scripts: { start: 'node index.js' } }),
  );
  writeFileSync(join(dir, 'api', 'index.js'), "require('express')().listen(3000);\n");
  writeFileSync(join(dir, 'api', 'Dockerfile'), 'FROM node:22\nEXPOSE 3000\nCMD ["node", "index.js"]\n');
  writeFileSync(join(dir, 'inframate.md'), '---\napp: bookshop\nenvironment: prod\nbudget: 300\n---\n# Bookshop\n');
  return dir;
}

function context(dir: string, raw: Record<string, unknown> = {}): CommandContext {
  const settings = buildSettings({ command: 'analyze', dir, raw: raw as never, env: {}, cwd: dir, runtime: 'cli' });
  const supervisor = new Supervisor();
  return { settings, step: supervisor.run, supervisor, log: createLogger({ quiet: true } as never) };
}

describe('analyze command (generation stages)', () => {
  it('writes a validated module and reports it per contracts §3.1', async () => {
    const dir = repo();
    const report = await analyze.run(context(dir));
    expect(report.recommendation.source).toBe('rules');
    expect(report.recommendation.components.map((c) => c.kind)).toEqual(expect.arrayContaining(['ecs-fargate-service', 'rds-postgresql']));
    expect(report.recommendation.estimatedMonthlyCost).toBeGreaterThan(0);
    expect(report.terraform.dir).toBe('infra');
    expect(report.terraform.files).toEqual(
      expect.arrayContaining(['versions.tf', 'providers.tf', 'variables.tf', 'outputs.tf', 'README.md']),
    );
    expect(report.terraform.validation).toMatchObject({ parsed: true, schemaErrors: [], unresolvedReferences: [], findings: [] });
    expect(report.terraform.written).toBe(true);
    expect(readFileSync(join(dir, 'infra', 'versions.tf'), 'utf8')).toMatch(/version = "~> 6\.0"/);
    expect(analyze.findings!(report)).toEqual([]);
    const md = analyze.renderMarkdown(report);
    for (const heading of ['## Architecture', '```mermaid', '## Costs', '## Validation', '## Files']) expect(md).toContain(heading);
    // JSON round-trip keeps the contract fields.
    const json = JSON.parse(JSON.stringify(report));
    expect(Object.keys(json.terraform.validation)).toEqual(
      expect.arrayContaining(['parsed', 'schemaErrors', 'unresolvedReferences', 'findings']),
    );
  });

  it('says when the estimate exceeds the budget of inframate.md', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'inframate.md'), '---\napp: bookshop\nenvironment: prod\nbudget: 20\n---\n');
    const report = await analyze.run(context(dir, { 'dry-run': true }));
    expect(report.recommendation.notes.join(' ')).toMatch(/exceeds the budget of \$20\/month/);
  });

  it('--dry-run lists the files and writes nothing', async () => {
    const dir = repo();
    const report = await analyze.run(context(dir, { 'dry-run': true }));
    expect(report.terraform.written).toBe(false);
    expect(report.terraform.files.length).toBeGreaterThan(5);
    expect(existsSync(join(dir, 'infra'))).toBe(false);
    expect(analyze.renderMarkdown(report)).toMatch(/Not written\*\* \(--dry-run\)/);
  });

  it('existing files are not overwritten without --force', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'infra'));
    writeFileSync(join(dir, 'infra', 'network.tf'), '# hand-written\n');
    await expect(analyze.run(context(dir))).rejects.toThrow(/--force/);
    expect(readFileSync(join(dir, 'infra', 'network.tf'), 'utf8')).toBe('# hand-written\n');
    await analyze.run(context(dir, { force: true }));
    expect(readFileSync(join(dir, 'infra', 'network.tf'), 'utf8')).toMatch(/resource "aws_vpc" "main"/);
  });

  it('a module failing the gate counts as critical for --fail-on', () => {
    const tf = {
      validation: {
        parsed: true,
        parseErrors: [],
        schemaErrors: [{ file: 'a.tf', line: 1, address: 'x', message: 'bad' }],
        unresolvedReferences: [],
        findings: [],
        advisories: [],
      },
    } as unknown as TerraformReport;
    expect(gateFindings(tf)).toEqual([{ severity: 'critical' }]);
  });
});
