// The OpenAI-compatible (OpenAI, Ollama) and Anthropic providers, each through its real SDK
// pointed at a fake server on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLlm } from '../../src/llm';
import { startFakeAnthropic } from '../fakes/anthropic';
import { startFakeOpenAi } from '../fakes/openai';
import type { FakeServer } from '../llm/fake-support';
import { aiSettings, FAKE_KEYS, harness, tempDir } from './helpers';

const Answer = z.object({ summary: z.string(), score: z.number().int().min(0).max(10) });
const request = { task: 'provider-probe', system: 'Answer in JSON.', user: 'Describe the repository.', schema: Answer };

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('OpenAI-compatible provider', () => {
  it('uses response_format json_schema and reports usage and cost', async () => {
    fake = await startFakeOpenAi({ requireKey: true, fallback: { kind: 'json', value: { summary: 'ok', score: 4 } } });
    const h = harness();
    const llm = createLlm(aiSettings('openai', `${fake.url}/v1`, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured(request)).toEqual({ value: { summary: 'ok', score: 4 }, fromCache: false });
    const body = fake.requests[0].body;
    expect(fake.requests[0].path).toBe('/v1/chat/completions');
    expect(fake.requests[0].headers.authorization).toBe(`Bearer ${FAKE_KEYS.openai}`);
    expect(body.model).toBe('gpt-4.1-mini');
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'provider-probe', schema: { type: 'object' } },
    });
    expect((body.messages as { role: string }[]).map((m) => m.role)).toEqual(['system', 'user']);
    expect(llm.metrics()).toMatchObject({ provider: 'openai', calls: 1, failures: 0 });
    expect(llm.metrics().costUsd).toBeGreaterThan(0);
  });

  it('--provider ollama needs no key and costs nothing', async () => {
    fake = await startFakeOpenAi({ fallback: { kind: 'json', value: { summary: 'local', score: 1 } } });
    const h = harness();
    const llm = createLlm(aiSettings('ollama', `${fake.url}/v1`, await tempDir(), { keys: {} }), { step: h.supervisor.run, log: h.log });
    expect((await llm.generateStructured(request))?.value).toEqual({ summary: 'local', score: 1 });
    expect(fake.requests[0].body.model).toBe('llama3.1');
    expect(fake.requests[0].body.max_tokens).toBeGreaterThan(0);
    expect(llm.metrics()).toMatchObject({ provider: 'ollama', costUsd: 0, unpricedModel: false });
  });

  it('repairs once, then gives the rules result on a refusal', async () => {
    fake = await startFakeOpenAi({
      script: [
        { kind: 'text', text: 'no json here' },
        { kind: 'json', value: { summary: 'fixed', score: 2 } },
      ],
    });
    const h = harness();
    const llm = createLlm(aiSettings('openai', `${fake.url}/v1`, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect((await llm.generateStructured(request))?.value).toEqual({ summary: 'fixed', score: 2 });
    expect(llm.metrics().repairs).toBe(1);

    fake.fallback = { kind: 'safety' };
    expect(await llm.generateStructured({ ...request, user: 'something else' })).toBeNull();
    expect(h.supervisor.report().errors[0]).toMatchObject({ type: 'llm-output', recovered: true });
  });

  it('classifies 429 and 500 and stops after the retries', async () => {
    fake = await startFakeOpenAi({ script: [{ kind: 'status', status: 429 }], fallback: { kind: 'status', status: 500 } });
    const h = harness();
    const llm = createLlm(aiSettings('openai', `${fake.url}/v1`, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured(request)).toBeNull();
    expect(fake.requests).toHaveLength(3);
    expect(h.supervisor.report().errors[0]).toMatchObject({ type: 'network', recovered: true, status: 500 });
  });
});

describe('Anthropic provider', () => {
  it('answers through a forced tool call whose input_schema is the reply schema', async () => {
    fake = await startFakeAnthropic({ fallback: { kind: 'json', value: { summary: 'claude', score: 8 } } });
    const h = harness();
    const llm = createLlm(aiSettings('anthropic', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured(request)).toEqual({ value: { summary: 'claude', score: 8 }, fromCache: false });
    const req = fake.requests[0];
    expect(req.path).toBe('/v1/messages');
    expect([req.headers['x-api-key'], req.headers.authorization]).toContain(
      req.headers['x-api-key'] ? FAKE_KEYS.anthropic : `Bearer ${FAKE_KEYS.anthropic}`,
    );
    expect(req.body.model).toBe('claude-haiku-4-5');
    expect(req.body.tool_choice).toEqual({ type: 'tool', name: 'provider-probe' });
    expect((req.body.tools as { input_schema: unknown }[])[0].input_schema).toMatchObject({
      type: 'object',
      required: ['summary', 'score'],
    });
    expect(req.body.system).toBe('Answer in JSON.');
    expect(llm.metrics()).toMatchObject({ provider: 'anthropic', calls: 1 });
  });

  it('treats max_tokens truncation and overload as failures with the rules result', async () => {
    fake = await startFakeAnthropic({ fallback: { kind: 'max-tokens' } });
    const h = harness();
    const llm = createLlm(aiSettings('anthropic', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured(request)).toBeNull();
    expect(fake.requests).toHaveLength(2);
    fake.fallback = { kind: 'status', status: 529 };
    expect(await llm.generateStructured({ ...request, user: 'again' })).toBeNull();
    const types = h.supervisor.report().errors.map((e) => e.type);
    expect(types).toEqual(['llm-output', 'rate-limit']);
  });
});

describe('deadlines reach every SDK', () => {
  for (const [name, start, suffix] of [
    ['openai', startFakeOpenAi, '/v1'],
    ['anthropic', startFakeAnthropic, ''],
  ] as const) {
    it(`${name}: a server that never answers ends in a timeout and the rules result, in bounded time`, async () => {
      fake = await start({ fallback: { kind: 'hang' } });
      const h = harness();
      const llm = createLlm(aiSettings(name, `${fake.url}${suffix}`, await tempDir(), { timeoutMs: 300 }), {
        step: h.supervisor.run,
        log: h.log,
      });
      const started = Date.now();
      expect(await llm.generateStructured(request)).toBeNull();
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(fake.requests).toHaveLength(3);
      expect(h.supervisor.report().errors.at(-1)).toMatchObject({ type: 'timeout', recovered: true, strategy: 'rules-result' });
    });
  }
});
