import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLlm } from '../../src/llm';
import { startFakeGemini, type FakeServer } from '../fakes/gemini';
import { aiSettings, FAKE_KEYS, harness, tempDir } from './helpers';

const Answer = z.object({ summary: z.string(), score: z.number().int().min(0).max(10) });
const request = { task: 'unit-answer', system: 'You answer in JSON.', user: 'Rate this repository.', schema: Answer };

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('createLlm with the real @google/genai SDK against a fake Gemini server', () => {
  it('sends the schema through responseJsonSchema and returns the validated value with metrics', async () => {
    fake = await startFakeGemini({ script: [{ kind: 'json', value: { summary: 'fine', score: 7 } }] });
    const dir = await tempDir();
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, dir), { step: h.supervisor.run, log: h.log });
    const res = await llm.generateStructured(request);
    expect(res).toEqual({ value: { summary: 'fine', score: 7 }, fromCache: false });

    expect(fake.requests).toHaveLength(1);
    const req = fake.requests[0];
    expect(req.path).toMatch(/^\/v1beta\/models\/gemini-2\.5-flash:generateContent/);
    expect(req.headers['x-goog-api-key']).toBe(FAKE_KEYS.gemini);
    const config = req.body.generationConfig as Record<string, unknown>;
    expect(config.responseMimeType).toBe('application/json');
    expect(config.responseJsonSchema).toMatchObject({ type: 'object', required: ['summary', 'score'] });
    expect(JSON.stringify(req.body.systemInstruction)).toContain('You answer in JSON.');

    const m = llm.metrics();
    expect(m).toMatchObject({ provider: 'gemini', model: 'gemini-2.5-flash', calls: 1, cacheHits: 0, repairs: 0, failures: 0 });
    expect(m.inputTokens).toBeGreaterThan(0);
    expect(m.outputTokens).toBeGreaterThan(0);
    expect(m.costUsd).toBeGreaterThan(0);
    expect(h.supervisor.report().total).toBe(0);

    // The audit log holds the exchange, and never the key.
    const audit = await readFile(join(dir, 'llm-audit.jsonl'), 'utf8');
    const entries = audit
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ task: 'unit-answer', provider: 'gemini', kind: 'initial', outcome: 'ok' });
    expect(audit).not.toContain(FAKE_KEYS.gemini);
  });

  it('serves an unchanged second request from the cache: zero calls', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'json', value: { summary: 'cached', score: 3 } } });
    const dir = await tempDir();
    const first = createLlm(aiSettings('gemini', fake.url, dir), { step: harness().supervisor.run, log: harness().log });
    expect((await first.generateStructured(request))?.fromCache).toBe(false);
    const second = createLlm(aiSettings('gemini', fake.url, dir), { step: harness().supervisor.run, log: harness().log });
    expect(await second.generateStructured(request)).toEqual({ value: { summary: 'cached', score: 3 }, fromCache: true });
    expect(fake.requests).toHaveLength(1);
    expect(second.metrics()).toMatchObject({ calls: 0, cacheHits: 1 });

    // A changed prompt is a different key; --no-cache bypasses the cache.
    await second.generateStructured({ ...request, user: 'Rate this other repository.' });
    expect(fake.requests).toHaveLength(2);
    const noCache = createLlm(aiSettings('gemini', fake.url, dir, { cache: false }), {
      step: harness().supervisor.run,
      log: harness().log,
    });
    expect((await noCache.generateStructured(request))?.fromCache).toBe(false);
    expect(fake.requests).toHaveLength(3);
  });

  it('asks once for a repair quoting the validation error, then accepts the corrected reply', async () => {
    fake = await startFakeGemini({
      script: [
        { kind: 'json', value: { summary: 'x', score: 99 } },
        { kind: 'json', value: { summary: 'x', score: 9 } },
      ],
    });
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured(request)).toEqual({ value: { summary: 'x', score: 9 }, fromCache: false });
    expect(fake.requests).toHaveLength(2);
    const repairText = JSON.stringify(fake.requests[1].body.contents);
    expect(repairText).toContain('Validation error');
    expect(repairText).toContain('score');
    expect(llm.metrics()).toMatchObject({ calls: 2, repairs: 1, failures: 0 });
  });

  it('returns null after a failed repair and reports why', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'text', text: 'Sure! Here is my answer: not json' } });
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    expect(await llm.generateStructured(request)).toBeNull();
    expect(fake.requests).toHaveLength(2);
    const report = h.supervisor.report();
    expect(report.errors).toEqual([
      expect.objectContaining({ step: 'llm.unit-answer', type: 'llm-output', recovered: true, strategy: 'rules-result' }),
    ]);
    expect(llm.metrics().notes.join('\n')).toMatch(/not valid JSON.*after one repair request.*rules result stands/);
  });

  it('gives the rules result with no provider: --no-ai and a missing key', async () => {
    const h = harness();
    const off = createLlm(aiSettings('none', undefined, await tempDir(), { enabled: false }), { step: h.supervisor.run, log: h.log });
    expect(off.enabled).toBe(false);
    expect(await off.generateStructured(request)).toBeNull();
    expect(off.metrics()).toMatchObject({ provider: 'none', calls: 0 });
    const noKey = createLlm(aiSettings('gemini', 'http://127.0.0.1:9', await tempDir(), { keys: {} }), {
      step: h.supervisor.run,
      log: h.log,
    });
    expect(await noKey.generateStructured(request)).toBeNull();
    expect(noKey.metrics().notes[0]).toMatch(/GEMINI_API_KEY is not set/);
    expect(h.supervisor.report().total).toBe(0);
  });
});
