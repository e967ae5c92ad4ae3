import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { branchFor } from '../../src/action/deliver';
import { collectGenerated, diffAgainstWorkspace, renderDiffMarkdown } from '../../src/action/generated';
import { ACTION_ONLY_INPUTS } from '../../src/action/inputs';
import { monthlyCostOf } from '../../src/action/reports';
import { planAnnotations } from '../../src/github/annotations';
import { hasMarker, marker, normalizeKey, readSections, upsertSection, withMarker } from '../../src/github/markers';
import { renderSummary } from '../../src/github/summary';
import { OPTIONS } from '../../src/options';

describe('markers', () => {
  it('cannot be broken out of by a key', () => {
    expect(marker('comment', 'a --> <script>')).toBe('<!-- inframate:comment:a-script -->');
    expect(normalizeKey('services\\api')).toBe('services/api');
    expect(hasMarker(withMarker('body', 'pr', 'analyze'), 'pr', 'analyze')).toBe(true);
    expect(withMarker(withMarker('b', 'k', 'x'), 'k', 'x').match(/inframate:k:x/g)).toHaveLength(1);
  });

  it('replaces one section and keeps the others in key order', () => {
    let body = upsertSection('', 'web', 'w1', '# head');
    body = upsertSection(body, 'api', 'a1', '# head');
    body = upsertSection(body, 'web', 'w2', '# head');
    expect(readSections(body)).toEqual([
      { key: 'api', content: 'a1' },
      { key: 'web', content: 'w2' },
    ]);
    expect(body.startsWith('# head')).toBe(true);
  });
});

describe('annotations', () => {
  it('emits the most severe first and counts what the per-step cap leaves out', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => ({ severity: 'high' as const, title: `h${i}`, file: 'main.tf', line: i + 1 })),
      ...Array.from({ length: 11 }, (_, i) => ({ severity: 'low' as const, title: `l${i}`, file: 'main.tf' })),
      { severity: 'critical' as const, title: 'c', file: 's3.tf', line: 3, ruleId: 'aws-s3-encryption' },
      { severity: 'critical' as const, title: 'suppressed', suppressed: true },
      { severity: 'critical' as const }, // nothing to show: stays in the report only
    ];
    const plan = planAnnotations(findings, 'infra');
    expect(plan.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(plan.annotations.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(plan.omitted).toEqual({ error: 3, warning: 1 });
    expect(plan.annotations[0]).toMatchObject({ title: 'aws-s3-encryption: c', file: 'infra/s3.tf', startLine: 3 });
    expect(plan.annotations.some((a) => a.title.includes('suppressed'))).toBe(false);
  });
});

describe('generated files', () => {
  it('maps scratch files into the repository and diffs them against the checkout', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'gen-'));
    const ws = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(join(scratch, 'modules'));
    writeFileSync(join(scratch, 'main.tf'), 'a\nb\n');
    writeFileSync(join(scratch, 'modules', 'x.tf'), 'x\n');
    writeFileSync(join(scratch, 'same.tf'), 's\n');
    mkdirSync(join(ws, 'infra'));
    writeFileSync(join(ws, 'infra', 'main.tf'), 'a\n');
    writeFileSync(join(ws, 'infra', 'same.tf'), 's\n');
    const files = await collectGenerated(scratch, 'infra');
    expect(files.map((f) => f.path)).toEqual(['infra/main.tf', 'infra/modules/x.tf', 'infra/same.tf']);
    const diff = await diffAgainstWorkspace(files, ws);
    expect(diff).toMatchObject({ added: ['infra/modules/x.tf'], changed: ['infra/main.tf'], unchanged: ['infra/same.tf'] });
    expect(diff.patch).toContain('+b');
    const md = renderDiffMarkdown(diff);
    expect(md).toContain('1 added, 1 changed, 1 unchanged');
    expect(md).toContain('```diff');
  });

  it('fences a diff that itself contains backticks', () => {
    const md = renderDiffMarkdown({ added: ['x'], changed: [], unchanged: [], patch: '+````\n' });
    expect(md).toContain('`````diff');
  });
});

describe('action surface', () => {
  const action = parse(readFileSync(join(__dirname, '..', '..', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  it('documents an input for every option that makes sense in a workflow and every action-only input', () => {
    const notInAction = new Set(['ai', 'cache', 'port', 'host', 'investigate', 'queue-dir', 'rate-limit', 'out']); // negatable → no-ai/no-cache; serve is not a job; out → output-dir
    for (const o of OPTIONS) if (!notInAction.has(o.name)) expect(action.inputs, o.name).toHaveProperty(o.name);
    for (const name of ACTION_ONLY_INPUTS) expect(action.inputs, name).toHaveProperty(name);
    for (const [name, spec] of Object.entries(action.inputs)) expect(spec.description, name).toBeTruthy();
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('names PR branches per command and working directory', () => {
    expect(branchFor('analyze', '.')).toBe('inframate/analyze');
    expect(branchFor('analyze', 'services/api')).toBe('inframate/analyze-services-api');
    expect(branchFor('analyze', 'x', 'custom/branch')).toBe('custom/branch');
  });

  it('finds the monthly cost wherever the command reports it', () => {
    expect(monthlyCostOf({ totalMonthlyCost: 70.2 })).toBe(70.2);
    expect(monthlyCostOf({ recommendation: { estimatedMonthlyCost: 142.5 } })).toBe(142.5);
    expect(monthlyCostOf({ optimize: { totalMonthlyCost: 3 } })).toBe(3);
    expect(monthlyCostOf({})).toBeUndefined();
  });

  it('summaries escape table cells', () => {
    const s = renderSummary({ title: 'T', notes: ['n'], rows: [{ what: 'a|b', result: 'line\nbreak' }], report: 'R' });
    expect(s).toContain('| a\\|b | line break |');
  });
});
