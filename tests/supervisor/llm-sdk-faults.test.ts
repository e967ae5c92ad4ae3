// The three LLM SDKs (their own retries off) against the fault-injecting server: the errors they
// really throw are classified so the supervisor retries, waits and times out correctly. The full LLM
// fault suite (malformed JSON, safety blocks, MAX_TOKENS…) is the AI layer's, on these policies.
import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Supervisor, type SupervisorOptions } from '../../src/supervisor/step';
import { startFaultyServer, type FaultStep, type FaultyServer } from '../fakes/faulty-http';

const FAST: SupervisorOptions = {
  backoff: { baseMs: 5, maxMs: 20, factor: 2, jitter: false },
  remoteAttempts: 3,
  stepDeadlineMs: 5_000,
  maxRetryWaitMs: 2_000,
};

let server: FaultyServer;
beforeEach(async () => {
  server = await startFaultyServer();
});
afterEach(() => server.close());

interface Sdk {
  name: string;
  method: string;
  path: string | RegExp;
  ok: unknown;
  call: (signal: AbortSignal) => Promise<string>;
}

function sdks(): Sdk[] {
  const openai = new OpenAI({ apiKey: 'sk-test', baseURL: `${server.url}/v1`, maxRetries: 0 });
  const anthropic = new Anthropic({ apiKey: 'sk-ant-test', baseURL: server.url, maxRetries: 0 });
  const gemini = new GoogleGenAI({ apiKey: 'AIza-test', httpOptions: { baseUrl: server.url } });
  return [
    {
      name: 'openai',
      method: 'POST',
      path: '/v1/chat/completions',
      ok: {
        id: 'c1',
        object: 'chat.completion',
        created: 1,
        model: 'gpt-test',
        choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      },
      call: async (signal) =>
        (await openai.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }, { signal })).choices[0]
          .message.content ?? '',
    },
    {
      name: 'anthropic',
      method: 'POST',
      path: '/v1/messages',
      ok: {
        id: 'm1',
        type: 'message',
        role: 'assistant',
        model: 'claude-test',
        content: [{ type: 'text', text: 'ok' }],
        stop_reason: 'end_turn',
        usage: { input_tokens: 1, output_tokens: 1 },
      },
      call: async (signal) => {
        const m = await anthropic.messages.create(
          { model: 'claude-test', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] },
          { signal },
        );
        return m.content[0].type === 'text' ? m.content[0].text : '';
      },
    },
    {
      name: 'gemini',
      method: 'POST',
      path: /^\/v1(beta)?\/models\/gemini-test:generateContent$/,
      ok: { candidates: [{ content: { role: 'model', parts: [{ text: 'ok' }] }, finishReason: 'STOP' }] },
      call: async (signal) =>
        (await gemini.models.generateContent({ model: 'gemini-test', contents: 'hi', config: { abortSignal: signal } })).text ?? '',
    },
  ];
}

function script(sdk: Sdk, steps: FaultStep[]) {
  if (typeof sdk.path === 'string') server.on(`${sdk.method} ${sdk.path}`, steps);
  else server.on(sdk.method, sdk.path, steps);
}

const count = (sdk: Sdk) =>
  server.requests.filter((r) => r.method === sdk.method && (typeof sdk.path === 'string' ? r.path === sdk.path : sdk.path.test(r.path)))
    .length;

describe.each(['openai', 'anthropic', 'gemini'])('%s SDK under the supervisor', (name) => {
  const pick = () => sdks().find((s) => s.name === name)!;

  it('429 with Retry-After (Gemini: RetryInfo in the body), then success: retried after the asked wait', async () => {
    const sdk = pick();
    // Gemini's ApiError drops the headers; Google APIs state the wait in a RetryInfo detail instead.
    const retryInfo = { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '1s' };
    const error = {
      message: 'Rate limit reached',
      code: 429,
      status: 'RESOURCE_EXHAUSTED',
      ...(name === 'gemini' ? { details: [retryInfo] } : {}),
    };
    script(sdk, [
      { status: 429, headers: name === 'gemini' ? {} : { 'retry-after': '1' }, body: { error } },
      { status: 200, body: sdk.ok },
    ]);
    const sv = new Supervisor(FAST);
    const t0 = performance.now();
    expect(await sv.run(`llm.${name}`, ({ signal }) => sdk.call(signal), { dependency: `llm:${name}` })).toBe('ok');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(950);
    expect(count(sdk)).toBe(2);
    expect(sv.report().errors).toEqual([expect.objectContaining({ type: 'rate-limit', attempts: 2, recovered: true, strategy: 'retry' })]);
  });

  it('persistent 503: three attempts, recorded as network, then the rules fallback', async () => {
    const sdk = pick();
    script(sdk, [{ status: 503, body: { error: { message: 'The model is overloaded.', code: 503, status: 'UNAVAILABLE' } } }]);
    const sv = new Supervisor(FAST);
    const v = await sv.run(`llm.${name}`, ({ signal }) => sdk.call(signal), {
      dependency: `llm:${name}`,
      fallbackChain: [sv.use('llm-rules', { rules: () => 'rules' })],
    });
    expect(v).toBe('rules');
    expect(count(sdk)).toBe(3);
    expect(sv.report().errors[0]).toMatchObject({ type: 'network', attempts: 3, recovered: true, strategy: 'llm-rules', status: 503 });
  });

  it('401: not retried, recorded as auth', async () => {
    const sdk = pick();
    script(sdk, [{ status: 401, body: { error: { message: 'invalid api key', code: 401, status: 'UNAUTHENTICATED' } } }]);
    const sv = new Supervisor(FAST);
    await expect(sv.run(`llm.${name}`, ({ signal }) => sdk.call(signal), { dependency: `llm:${name}` })).rejects.toMatchObject({
      type: 'auth',
    });
    expect(count(sdk)).toBe(1);
  });

  it('no answer: each attempt is cut at its timeout through the signal, recorded as timeout', async () => {
    const sdk = pick();
    script(sdk, [{ hang: true }]);
    const sv = new Supervisor(FAST);
    const t0 = performance.now();
    await expect(
      sv.run(`llm.${name}`, ({ signal }) => sdk.call(signal), { dependency: `llm:${name}`, timeoutMs: 100 }),
    ).rejects.toMatchObject({ type: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(count(sdk)).toBe(3);
  });
});
