// `inframate analyze` end to end through the CLI entry, with each provider's real SDK pointed at a
// fake server on 127.0.0.1 by --base-url: the AI stage refines the rules result, the report carries
// the llm block, a re-run is served from the cache, and every failure leaves the rules result.
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import type { RefinementReply } from '../../src/recommend/refine';
import { startFakeAnthropic } from '../fakes/anthropic';
import { startFakeGemini } from '../fakes/gemini';
import { startFakeOpenAi } from '../fakes/openai';
import type { FakeServer } from './fake-support';
import { FAKE_KEYS, tempDir } from './helpers';

const FIXTURE = join(import.meta.dirname, '..', 'e2e', 'fixtures', 'shop');

/** A reviewer that keeps logs longer and runs part of the service on Spot. */
const review: RefinementReply = {
  adjustments: [
    {
      action: 'set',
      target: 'observability',
      changes: [{ parameter: 'logRetentionDays', value: 30 }],
      reason: 'A month of logs helps debug the checkout flow.',
    },
    { action: 'set', target: 'vpc', changes: [{ parameter: 'flowLogs', value: false }], reason: 'Save money.' },
  ],
  summary: 'The baseline fits a small Express + PostgreSQL shop.',
};

let fake: FakeServer | undefined;
let stderr = '';
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await fake?.close();
  fake = undefined;
});

interface Run {
  code: number;
  report: {
    recommendation: {
      source: string;
      components: { kind: string; parameters: Record<string, unknown> }[];
      adjustments?: { status: string; rejection?: string }[];
      aiSummary?: string;
    };
    llm: Record<string, unknown> & { notes: string[] };
    errors: { errors: { step: string; type: string; recovered: boolean }[]; unrecovered: number };
  };
}

async function analyze(env: Record<string, string>, args: string[], cacheDir?: string, existingRepo?: string): Promise<Run> {
  const repo = existingRepo ?? join(await tempDir('inframate-e2e-'), 'shop');
  if (!existingRepo) await cp(FIXTURE, repo, { recursive: true });
  vi.stubEnv('GEMINI_API_KEY', '');
  vi.stubEnv('GOOGLE_API_KEY', '');
  vi.stubEnv('OPENAI_API_KEY', '');
  vi.stubEnv('ANTHROPIC_API_KEY', '');
  vi.stubEnv('INFRAMATE_BASE_URL', '');
  vi.stubEnv('INFRAMATE_CACHE_DIR', cacheDir ?? (await tempDir()));
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const out = join(await tempDir('inframate-report-'), 'report.json');
  const mode = existingRepo ? ['--force'] : ['--dry-run'];
  const code = await main(['analyze', repo, ...mode, '--format', 'json', '--output', out, ...args]);
  return { code, report: JSON.parse(await readFile(out, 'utf8')) };
}

const retention = (r: Run) => r.report.recommendation.components.find((c) => c.kind === 'observability')?.parameters.logRetentionDays;
const flowLogs = (r: Run) => r.report.recommendation.components.find((c) => c.kind === 'vpc')?.parameters.flowLogs;

describe('analyze with an LLM provider (real SDKs, fake servers on 127.0.0.1)', () => {
  it('--provider gemini: refines the rules result, reports the llm block, and a re-run makes zero calls', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'json', value: review } });
    const cacheDir = await tempDir();
    const first = await analyze({ GEMINI_API_KEY: FAKE_KEYS.gemini }, ['--provider', 'gemini', '--base-url', fake.url], cacheDir);
    expect(first.code).toBe(0);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    const rec = first.report.recommendation;
    expect(rec.source).toBe('ai');
    expect(retention(first)).toBe(30);
    expect(flowLogs(first)).toBe(true); // the weakening half of the review was rejected
    expect(rec.adjustments?.map((a) => a.status)).toEqual(['applied', 'rejected']);
    expect(rec.aiSummary).toMatch(/Express/);
    // No secret in the fixture, so nothing (schema patterns, hashes, names) was mistaken for one.
    expect(first.report.llm).toMatchObject({
      provider: 'gemini',
      model: 'gemini-2.5-flash',
      calls: 1,
      cacheHits: 0,
      failures: 0,
      redactions: 0,
    });
    expect(first.report.llm.inputTokens).toBeGreaterThan(500);
    expect(first.report.llm.costUsd).toBeGreaterThan(0);
    expect(first.report.errors.unrecovered).toBe(0);
    expect(stderr).not.toContain(FAKE_KEYS.gemini);

    const second = await analyze({ GEMINI_API_KEY: FAKE_KEYS.gemini }, ['--provider', 'gemini', '--base-url', fake.url], cacheDir);
    expect(fake.requests).toHaveLength(1); // zero calls on the re-run
    expect(second.report.llm).toMatchObject({ calls: 0, cacheHits: 1 });
    expect(second.report.recommendation.components).toEqual(rec.components);
  });

  it('a re-run over its own written output still makes zero calls', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'json', value: review } });
    const cacheDir = await tempDir();
    const repo = join(await tempDir('inframate-e2e-'), 'shop');
    await cp(FIXTURE, repo, { recursive: true });
    const args = ['--provider', 'gemini', '--base-url', fake.url];
    const first = await analyze({ GEMINI_API_KEY: FAKE_KEYS.gemini }, args, cacheDir, repo);
    expect(first.report.llm.calls).toBe(1);
    // The generated infra/ is now in the repository; it is not part of the prompt, so the cache hits.
    const second = await analyze({ GEMINI_API_KEY: FAKE_KEYS.gemini }, args, cacheDir, repo);
    expect(second.report.llm).toMatchObject({ calls: 0, cacheHits: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  it('--provider openai (OpenAI-compatible chat completions by --base-url)', async () => {
    fake = await startFakeOpenAi({ requireKey: true, fallback: { kind: 'json', value: review } });
    const run = await analyze({ OPENAI_API_KEY: FAKE_KEYS.openai }, ['--provider', 'openai', '--base-url', `${fake.url}/v1`]);
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/chat/completions']);
    expect(run.report.recommendation.source).toBe('ai');
    expect(retention(run)).toBe(30);
    expect(run.report.llm).toMatchObject({ provider: 'openai', calls: 1 });
  });

  it('--provider ollama needs no key', async () => {
    fake = await startFakeOpenAi({ fallback: { kind: 'json', value: review } });
    const run = await analyze({}, ['--provider', 'ollama', '--base-url', `${fake.url}/v1`]);
    expect(run.report.llm).toMatchObject({ provider: 'ollama', model: 'llama3.1', calls: 1, costUsd: 0 });
    expect(run.report.recommendation.source).toBe('ai');
  });

  it('--provider anthropic (Messages API by --base-url)', async () => {
    fake = await startFakeAnthropic({ fallback: { kind: 'json', value: review } });
    const run = await analyze({ ANTHROPIC_API_KEY: FAKE_KEYS.anthropic }, ['--provider', 'anthropic', '--base-url', fake.url]);
    expect(fake.requests.map((r) => r.path)).toEqual(['/v1/messages']);
    expect(run.report.recommendation.source).toBe('ai');
    expect(run.report.llm).toMatchObject({ provider: 'anthropic', model: 'claude-haiku-4-5', calls: 1 });
  });

  it('the base URL also comes from INFRAMATE_BASE_URL', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'json', value: review } });
    const run = await analyze({ GEMINI_API_KEY: FAKE_KEYS.gemini, INFRAMATE_BASE_URL: fake.url }, []);
    expect(fake.requests).toHaveLength(1);
    expect(run.report.llm.provider).toBe('gemini');
  });
});

describe('analyze without AI gives the rules result', () => {
  it('--no-ai: no call even with a key', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'json', value: review } });
    const run = await analyze({ GEMINI_API_KEY: FAKE_KEYS.gemini, INFRAMATE_BASE_URL: fake.url }, ['--no-ai']);
    expect(fake.requests).toHaveLength(0);
    expect(run.report.recommendation.source).toBe('rules');
    expect(run.report.llm).toMatchObject({ provider: 'none', calls: 0 });
    expect(retention(run)).not.toBe(30);
  });

  it('a missing key: rules result, and the report says why', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'json', value: review } });
    const run = await analyze({}, ['--provider', 'gemini', '--base-url', fake.url]);
    expect(run.code).toBe(0);
    expect(fake.requests).toHaveLength(0);
    expect(run.report.recommendation.source).toBe('rules');
    expect(run.report.llm.notes.join()).toMatch(/GEMINI_API_KEY is not set/);
  });

  it('a failing provider: rules result, recovered error in the report, exit 0', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'status', status: 503 } });
    const run = await analyze({ GEMINI_API_KEY: FAKE_KEYS.gemini }, ['--provider', 'gemini', '--base-url', fake.url]);
    expect(run.code).toBe(0);
    expect(run.report.recommendation.source).toBe('rules');
    expect(run.report.errors.errors).toEqual([
      expect.objectContaining({ step: 'llm.refine-recommendation', type: 'network', recovered: true }),
    ]);
    expect(run.report.errors.unrecovered).toBe(0);
    expect(run.report.llm).toMatchObject({ failures: 1 });
  });
});
