import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/llm/limits';
import { costOf, DEFAULT_MODELS, MODEL_PRICES, priceFor } from '../../src/llm/models';
import { cacheKey, createReplyCache } from '../../src/llm/cache';
import { tempDir } from './helpers';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

describe('request limiter', () => {
  it('never runs more than `concurrency` requests at once', async () => {
    const limiter = createLimiter({ concurrency: 2, requestsPerMinute: 1000 });
    let active = 0;
    let peak = 0;
    const job = () =>
      limiter.run(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 10));
        active--;
      });
    await Promise.all(Array.from({ length: 7 }, job));
    expect(peak).toBe(2);
  });

  it('waits for the 60-second window once the per-minute limit is reached', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = createLimiter({
      concurrency: 5,
      requestsPerMinute: 2,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    for (let i = 0; i < 3; i++) await limiter.run(async () => (now += 1_000));
    // Started at 0 s and 1 s; the third (at 2 s) waits until the first leaves the window at 60 s.
    expect(waits).toEqual([58_000]);
  });

  it('gives up waiting when the request is aborted', async () => {
    const limiter = createLimiter({ concurrency: 1, requestsPerMinute: 1 });
    await limiter.run(async () => undefined);
    const ctl = new AbortController();
    const pending = limiter.run(async () => 'late', ctl.signal);
    ctl.abort(new Error('deadline'));
    await expect(pending).rejects.toThrow('deadline');
  });
});

describe('price table', () => {
  it('prices every default model except self-hosted ones at zero cost', () => {
    for (const [provider, model] of Object.entries(DEFAULT_MODELS)) expect(priceFor(provider as never, model), model).not.toBeNull();
    expect(costOf('ollama', 'anything', 1e6, 1e6)).toBe(0);
  });

  it('matches dated versions to their family, longest prefix first, and leaves unknown models unpriced', () => {
    expect(priceFor('anthropic', 'claude-sonnet-4-5-20250929')?.model).toBe('claude-sonnet-4-5');
    expect(priceFor('gemini', 'gemini-2.5-flash-lite')?.model).toBe('gemini-2.5-flash-lite');
    expect(priceFor('gemini', 'models/gemini-2.5-flash')?.model).toBe('gemini-2.5-flash');
    expect(priceFor('openai', 'gpt-4.1-mini-2025-04-14')?.model).toBe('gpt-4.1-mini');
    expect(priceFor('openai', 'my-finetune')).toBeNull();
    expect(costOf('gemini', 'gemini-2.5-flash', 1_000_000, 100_000)).toBeCloseTo(0.3 + 0.25, 10);
    expect(new Set(MODEL_PRICES.map((p) => p.model)).size).toBe(MODEL_PRICES.length);
  });
});

describe('reply cache', () => {
  const parts = { provider: 'gemini', model: 'm', system: 's', user: 'u', schema: { type: 'object' }, maxOutputTokens: 10 };
  it('keys on every input that shapes the answer', () => {
    const k = cacheKey(parts);
    for (const change of [
      { provider: 'openai' },
      { model: 'n' },
      { system: 't' },
      { user: 'v' },
      { schema: { type: 'array' } },
      { maxOutputTokens: 11 },
    ]) {
      expect(cacheKey({ ...parts, ...change })).not.toBe(k);
    }
    expect(cacheKey({ ...parts })).toBe(k);
  });

  it('round-trips values and treats torn or foreign files as misses', async () => {
    const dir = await tempDir();
    const cache = createReplyCache(dir);
    const key = cacheKey(parts);
    expect(await cache.get(key)).toBeNull();
    await cache.set(key, 'task', { a: 1 });
    expect(await cache.get(key)).toEqual({ value: { a: 1 } });
    await mkdir(join(dir, 'llm', 'ff'), { recursive: true });
    await writeFile(join(dir, 'llm', 'ff', `ff${'0'.repeat(62)}.json`), '{"v":1,');
    expect(await cache.get(`ff${'0'.repeat(62)}`)).toBeNull();
  });
});
