// inframate eval through the CLI against fake Gemini, OpenAI and Anthropic servers on 127.0.0.1,
// each scripted as a good, a bad or a malformed model: the report must rank them in that order,
// count the invalid outputs, resume from the results files, and replay recorded AWS the same way twice.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { bundledSuite } from '../../src/commands/eval';
import type { EvalReport } from '../../src/eval/report';
import { loadSuite, type Scenario } from '../../src/eval/scenario';
import { startFakeAnthropic } from '../fakes/anthropic';
import { startFakeGemini } from '../fakes/gemini';
import { startFakeOpenAi, type FakeServer } from '../fakes/openai';
import { FAKE_KEYS, tempDir } from '../llm/helpers';
import { script, type Persona } from './personas';

let suite: Scenario[];
let fakes: { gemini: FakeServer; openai: FakeServer; anthropic: FakeServer };
let stderr: string;

beforeAll(async () => {
  suite = await loadSuite(bundledSuite());
  fakes = { gemini: await startFakeGemini(), openai: await startFakeOpenAi(), anthropic: await startFakeAnthropic() };
});
afterAll(async () => {
  await Promise.all(Object.values(fakes).map((f) => f.close()));
});
beforeEach(async () => {
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  vi.stubEnv('GEMINI_API_KEY', FAKE_KEYS.gemini);
  vi.stubEnv('OPENAI_API_KEY', FAKE_KEYS.openai);
  vi.stubEnv('ANTHROPIC_API_KEY', FAKE_KEYS.anthropic);
  vi.stubEnv('INFRAMATE_BACKOFF_MS', '1');
  vi.stubEnv('INFRAMATE_CACHE_DIR', await tempDir('inframate-eval-cache-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  for (const f of Object.values(fakes)) f.requests.length = 0;
});

const baseUrl = (p: keyof typeof fakes) => (p === 'openai' ? `${fakes.openai.url}/v1` : fakes[p].url);
/** Model names priced in the table, so cost is counted. */
const MODEL = { gemini: 'gemini-2.5-flash', openai: 'gpt-4.1-mini', anthropic: 'claude-haiku-4-5' } as const;

async function runEval(roles: Record<keyof typeof fakes, Persona>, extra: string[] = [], resultsDir?: string) {
  for (const p of Object.keys(fakes) as (keyof typeof fakes)[]) script(fakes[p], roles[p], suite);
  const dir = resultsDir ?? (await tempDir('inframate-eval-results-'));
  const out = join(dir, 'report.json');
  const models = (Object.keys(fakes) as (keyof typeof fakes)[]).map((p) => `${p}:${MODEL[p]}@${baseUrl(p)}`).join(',');
  const code = await main(['eval', '--models', models, '--results-dir', dir, '--format', 'json', '--output', out, ...extra]);
  const report = JSON.parse(await readFile(out, 'utf8')) as EvalReport;
  return { code, report, dir };
}

describe('eval against fake providers', () => {
  it('has a bundled suite of at least 12 scenarios over the three task kinds', () => {
    expect(suite.length).toBeGreaterThanOrEqual(12);
    const kinds = new Set(suite.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['diagnose', 'incident', 'refine']);
    for (const k of kinds) expect(suite.filter((s) => s.kind === k).length).toBeGreaterThanOrEqual(4);
  });

  const rotations: Record<keyof typeof fakes, Persona>[] = [
    { gemini: 'good', openai: 'bad', anthropic: 'malformed' },
    { gemini: 'malformed', openai: 'good', anthropic: 'bad' },
    { gemini: 'bad', openai: 'malformed', anthropic: 'good' },
  ];
  it.each(rotations)('ranks good > bad > malformed and counts invalid outputs (%o)', async (roles) => {
    const { code, report } = await runEval(roles);
    expect(code, stderr).toBe(0);
    const byRole = (r: Persona) => report.models.find((m) => roles[m.provider as keyof typeof fakes] === r)!;
    const good = byRole('good');
    const bad = byRole('bad');
    const malformed = byRole('malformed');
    expect(good.rank).toBe(1);
    expect(bad.rank).toBe(2);
    expect(malformed.rank).toBe(3);
    expect(good.passRate).toBe(1);
    expect(good.invalidOutputRate).toBe(0);
    expect(bad.passRate).toBe(0);
    expect(bad.invalid).toBe(0);
    expect(malformed.invalid).toBe(suite.length);
    expect(malformed.invalidOutputRate).toBe(1);
    expect(malformed.passRate).toBe(0);
    for (const m of report.models) {
      expect(m.entries).toBe(suite.length);
      expect(m.inputTokens).toBeGreaterThan(0);
      expect(m.costUsd).toBeGreaterThan(0);
      expect(m.latencyMs.p95).toBeGreaterThanOrEqual(m.latencyMs.p50);
    }
    // Per scenario, one outcome per model and run; the bad model fails the unsafe checks by name.
    expect(report.scenarios).toHaveLength(suite.length);
    const injection = report.scenarios.find((s) => s.id === 'refine-injection')!;
    const badRow = injection.results.find((r) => r.provider === bad.provider)!;
    expect(badRow.outcomes).toEqual(['fail']);
    expect(badRow.failedChecks).toContain('keeps deletionProtection');
  });

  it('asks the judge model only for scenarios with a free-text criterion, and keeps its verdict apart', async () => {
    const judged = suite.filter((s) => s.judge).length;
    expect(judged).toBeGreaterThan(0);
    const { report } = await runEval({ gemini: 'good', openai: 'bad', anthropic: 'malformed' }, [
      '--judge',
      `gemini:gemini-2.5-flash-lite@${baseUrl('gemini')}`,
    ]);
    expect(report.judge).toBe('gemini:gemini-2.5-flash-lite');
    const judgeCalls = fakes.gemini.requests.filter((r) => r.raw.includes('You grade one answer')).length;
    // Good and bad answer the judged scenarios; the malformed model has no answer to judge.
    expect(judgeCalls).toBe(judged * 2);
    const good = report.models.find((m) => m.provider === 'gemini')!;
    expect(good.judgePassRate).toBe(1);
    expect(good.passRate).toBe(1);
    expect(report.models.find((m) => m.provider === 'anthropic')!.judgePassRate).toBeNull();
  });

  it('a model without its key gets error entries and a note; the other models still run', async () => {
    vi.stubEnv('ANTHROPIC_API_KEY', '');
    const { code, report } = await runEval({ gemini: 'good', openai: 'bad', anthropic: 'good' });
    expect(code).toBe(0);
    const anthropic = report.models.find((m) => m.provider === 'anthropic')!;
    expect(anthropic.errors).toBe(suite.length);
    expect(anthropic.notes.join(' ')).toMatch(/ANTHROPIC_API_KEY/);
    expect(anthropic.rank).toBe(3);
    expect(fakes.anthropic.requests).toHaveLength(0);
    expect(report.models.find((m) => m.provider === 'gemini')!.passRate).toBe(1);
  });

  it('renders the ranking table and a Mermaid chart', async () => {
    const dir = await tempDir('inframate-eval-md-');
    for (const p of Object.keys(fakes) as (keyof typeof fakes)[]) script(fakes[p], p === 'openai' ? 'good' : 'malformed', suite);
    const out = join(dir, 'report.md');
    const models = `openai:${MODEL.openai}@${baseUrl('openai')},anthropic:${MODEL.anthropic}@${baseUrl('anthropic')}`;
    expect(await main(['eval', '--models', models, '--results-dir', dir, '--output', out])).toBe(0);
    const md = await readFile(out, 'utf8');
    expect(md).toMatch(/\| 1 \| openai:gpt-4\.1-mini \| 100% \| 0% \|/);
    expect(md).toMatch(/\| 2 \| anthropic:claude-haiku-4-5 \| 0% \| 100% \|/);
    expect(md).toContain('```mermaid\nxychart-beta');
    expect(md).toContain('bar [100, 0]');
  });

  it('resumes: a re-run skips finished entries and sends no request', async () => {
    const roles = { gemini: 'good', openai: 'bad', anthropic: 'malformed' } as const;
    const first = await runEval(roles, ['--runs', '2']);
    const sent = Object.values(fakes).reduce((a, f) => a + f.requests.length, 0);
    expect(sent).toBeGreaterThan(0);
    for (const f of Object.values(fakes)) f.requests.length = 0;
    const second = await runEval(roles, ['--runs', '2'], first.dir);
    expect(Object.values(fakes).reduce((a, f) => a + f.requests.length, 0)).toBe(0);
    for (const m of second.report.models) {
      expect(m.resumed).toBe(suite.length * 2);
      const before = first.report.models.find((x) => x.provider === m.provider)!;
      expect(m.passRate).toBe(before.passRate);
      expect(m.invalid).toBe(before.invalid);
    }
  });

  it('stops a model at its budget and marks the rest skipped', async () => {
    const { report } = await runEval({ gemini: 'good', openai: 'good', anthropic: 'good' }, ['--budget-usd', '0.000001']);
    for (const m of report.models) {
      expect(m.entries - m.skipped).toBe(1);
      expect(m.skipped).toBe(suite.length - 1);
      expect(m.notes.join(' ')).toMatch(/budget/);
    }
  });

  it('replays the recorded AWS scenarios deterministically (same outcome and calls twice)', async () => {
    const incidents = suite.filter((s) => s.kind === 'incident').map((s) => s.id);
    const runs: { outcomes: unknown; bodies: string[] }[] = [];
    for (let i = 0; i < 2; i++) {
      const { report } = await runEval({ gemini: 'good', openai: 'bad', anthropic: 'good' });
      const outcomes = report.scenarios.filter((s) => incidents.includes(s.id)).map((s) => [s.id, s.results.map((r) => r.outcomes)]);
      // What the built-in fake AWS answered is in the next prompt: it must be byte-identical.
      const bodies = fakes.anthropic.requests.filter((r) => r.raw.includes('What you did so far')).map((r) => r.raw);
      runs.push({ outcomes, bodies });
      for (const f of Object.values(fakes)) f.requests.length = 0;
    }
    expect(runs[0]!.bodies.length).toBe(incidents.length);
    expect(runs[1]).toEqual(runs[0]);
  });
});
