// The LLM fault suite against the fake Gemini server: every fault ends with null (the rules result
// stands), a correct error report, and in bounded time.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLlm } from '../../src/llm';
import { startFakeGemini, type FakeBehaviour, type FakeServer } from '../fakes/gemini';
import { aiSettings, harness, tempDir } from './helpers';

const Answer = z.object({ summary: z.string(), score: z.number().int().min(0).max(10) });
const request = { task: 'fault-probe', system: 'Answer in JSON.', user: 'Describe the repository.', schema: Answer };

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

interface Case {
  name: string;
  behaviour: FakeBehaviour;
  type: string;
  /** Requests the fake sees: retries for transient faults, one repair for bad output, none for withheld output. */
  requests: number;
  message: RegExp;
}

const CASES: Case[] = [
  { name: 'HTTP 429', behaviour: { kind: 'status', status: 429 }, type: 'rate-limit', requests: 3, message: /429/ },
  { name: 'HTTP 500', behaviour: { kind: 'status', status: 500 }, type: 'network', requests: 3, message: /500/ },
  { name: 'HTTP 503', behaviour: { kind: 'status', status: 503 }, type: 'network', requests: 3, message: /503/ },
  { name: 'timeout', behaviour: { kind: 'hang' }, type: 'timeout', requests: 3, message: /deadline|no answer|no reply/ },
  {
    name: 'malformed JSON',
    behaviour: { kind: 'text', text: '{"summary": "ok", "score": ' },
    type: 'llm-output',
    requests: 2,
    message: /not valid JSON/,
  },
  { name: 'empty candidates', behaviour: { kind: 'empty' }, type: 'llm-output', requests: 2, message: /empty/ },
  {
    name: 'safety block (finishReason SAFETY)',
    behaviour: { kind: 'safety' },
    type: 'llm-output',
    requests: 1,
    message: /withheld.*SAFETY/,
  },
  {
    name: 'prompt block (promptFeedback.blockReason)',
    behaviour: { kind: 'blocked' },
    type: 'llm-output',
    requests: 1,
    message: /blockReason=PROHIBITED_CONTENT/,
  },
  {
    name: 'MAX_TOKENS truncation',
    behaviour: { kind: 'max-tokens' },
    type: 'llm-output',
    requests: 2,
    message: /cut off at the output token limit/,
  },
];

describe('Gemini fault suite', () => {
  for (const c of CASES) {
    it(`${c.name}: rules result, error report, bounded time`, async () => {
      fake = await startFakeGemini({ fallback: c.behaviour });
      const h = harness();
      // A short attempt timeout only where the fault is a hang; elsewhere a loaded machine must not turn
      // a slow answer into a timeout and change the fault under test.
      const timeoutMs = c.behaviour.kind === 'hang' ? 300 : 3_000;
      const llm = createLlm(aiSettings('gemini', fake.url, await tempDir(), { timeoutMs }), { step: h.supervisor.run, log: h.log });
      const started = Date.now();
      expect(await llm.generateStructured(request)).toBeNull();
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(fake.requests).toHaveLength(c.requests);
      const report = h.supervisor.report();
      expect(report.unrecovered).toBe(0);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]).toMatchObject({ step: 'llm.fault-probe', type: c.type, recovered: true, strategy: 'rules-result' });
      expect(report.errors[0].message).toMatch(c.message);
      const m = llm.metrics();
      expect(m.failures).toBe(1);
      expect(m.notes.join('\n')).toMatch(/rules result stands/);
    });
  }

  it('recovers when a transient fault clears on retry', async () => {
    fake = await startFakeGemini({
      script: [
        { kind: 'status', status: 503 },
        { kind: 'status', status: 429 },
      ],
      fallback: { kind: 'json', value: { summary: 'ok', score: 5 } },
    });
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect((await llm.generateStructured(request))?.value).toEqual({ summary: 'ok', score: 5 });
    expect(fake.requests).toHaveLength(3);
    // The supervisor reports the transient fault as recovered by its retry, not as a fallback.
    const report = h.supervisor.report();
    expect(report.unrecovered).toBe(0);
    expect(report.errors.every((e) => e.recovered && e.strategy !== 'rules-result')).toBe(true);
    expect(llm.metrics().failures).toBe(0);
  });

  it("honours Gemini's RetryInfo retryDelay, and does not wait longer than the supervisor allows", async () => {
    fake = await startFakeGemini({
      script: [{ kind: 'status', status: 429, retryDelay: '0.4s' }],
      fallback: { kind: 'json', value: { summary: 'ok', score: 1 } },
    });
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    const started = Date.now();
    expect((await llm.generateStructured(request))?.value).toEqual({ summary: 'ok', score: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);

    fake.script = [];
    fake.fallback = { kind: 'status', status: 429, retryDelay: '3600s' };
    const again = Date.now();
    expect(await llm.generateStructured({ ...request, user: 'another question' })).toBeNull();
    expect(Date.now() - again).toBeLessThan(3_000);
    expect(h.supervisor.report().errors.at(-1)).toMatchObject({ type: 'rate-limit', recovered: true, strategy: 'rules-result' });
  });

  it('does not retry a refused key (401) and never prints it', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'status', status: 401, message: 'API key not valid' } });
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured(request)).toBeNull();
    expect(fake.requests).toHaveLength(1);
    expect(h.supervisor.report().errors[0]).toMatchObject({ type: 'auth', recovered: true });
  });

  it('stops at the per-run token budget without calling', async () => {
    fake = await startFakeGemini();
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir(), { tokenBudget: 1_000 }), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured({ ...request, maxOutputTokens: 4_000 })).toBeNull();
    expect(fake.requests).toHaveLength(0);
    expect(h.supervisor.report().errors[0]).toMatchObject({ step: 'llm.fault-probe', recovered: true });
    expect(llm.metrics().notes.join()).toMatch(/token budget \(1000\)/);
  });
});
