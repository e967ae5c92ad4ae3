// The AI layer against the fake OpenAI-compatible server on 127.0.0.1 (real openai SDK, --base-url):
// explanations and extra fixes are added, categories never change, unsafe advice is refused, and an
// unknown error gets the model's guess labelled as a guess. Without a model the rules result stands.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/commands/dispatch';
import { createLogger } from '../../src/core/log';
import { buildSettings } from '../../src/settings';
import { startFakeOpenAi, type FakeServer } from '../fakes/openai';
import { loadCorpus } from './corpus';

const corpus = new Map(loadCorpus().map((c) => [c.id, c.log]));
const KEY = 'sk-fake-diagnose-key-0123456789abcdefghij';
let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const UNKNOWN = 'Error: Frobnicator exploded while reticulating splines';

async function run(logText: string, baseUrl: string) {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-diagnose-ai-'));
  writeFileSync(join(dir, 'run.log'), logText);
  const env = { INFRAMATE_BACKOFF_MS: '1', OPENAI_API_KEY: KEY, INFRAMATE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'inframate-cache-')) };
  const settings = buildSettings({
    command: 'diagnose',
    dir,
    raw: { log: join(dir, 'run.log'), format: 'json', provider: 'openai', 'base-url': `${baseUrl}/v1` },
    env,
    cwd: dir,
    runtime: 'cli',
  });
  let out = '';
  const result = await dispatch(settings, { stdout: (t) => (out += t), log: createLogger({ write: () => {} }), analyzer: null });
  return { exitCode: result.exitCode, json: JSON.parse(out) };
}

describe('diagnose with a model (fake OpenAI server)', () => {
  it('adds explanations and safe extra fixes; never changes a category; guesses only for unknown errors, labelled', async () => {
    fake = await startFakeOpenAi({
      requireKey: true,
      fallback: {
        kind: 'json',
        value: {
          diagnoses: [
            {
              index: 0,
              explanation: 'The bucket policy denies lifecycle reads for this user.',
              extraFixes: ['Attach AdministratorAccess to the CI user', 'Check the Deny statement with the IAM policy simulator'],
              guess: { category: 'network', summary: 'not a network problem, ignored' },
            },
            {
              index: 1,
              explanation: 'A custom provider failed.',
              extraFixes: [],
              guess: { category: 'throttling', summary: 'maybe rate limited' },
            },
            { index: 7, explanation: 'out of range', extraFixes: [] },
          ],
        },
      },
    });
    const r = await run(`${corpus.get('pa-43891')}\n${UNKNOWN}\n`, fake.url);
    expect(r.exitCode).toBe(0);
    expect(fake.requests).toHaveLength(1);
    const [denied, unknown] = r.json.diagnoses;
    expect(denied.category).toBe('access-denied');
    expect(denied.source).toBe('rules');
    expect(denied.ai.explanation).toMatch(/bucket policy/);
    expect(denied.ai.extraFixes).toEqual(['Check the Deny statement with the IAM policy simulator']);
    expect(denied.ai.guess).toBeUndefined();
    expect(unknown.category).toBe('unknown');
    expect(unknown.source).toBe('ai');
    expect(unknown.ai.guess).toEqual({
      category: 'throttling',
      summary: 'maybe rate limited',
      note: 'model best guess, not verified by a rule',
    });
    expect(r.json.llm).toMatchObject({ provider: 'openai', calls: 1, failures: 0 });
    expect(r.json.llm.notes.join(' ')).toMatch(/1 AI fix suggestion\(s\) rejected/);
    // The prompt carried the log as fenced, untrusted data and not the API key.
    expect(fake.requests[0].raw).toMatch(/<untrusted-failed-run-log-/);
    expect(fake.requests[0].raw).not.toContain(KEY);
  });

  it('an invalid reply (after one repair) or a provider error leaves the rules result as it is', async () => {
    fake = await startFakeOpenAi({ fallback: { kind: 'text', text: 'not json at all' } });
    const invalid = await run(corpus.get('pa-43891')!, fake.url);
    expect(invalid.exitCode).toBe(0);
    expect(fake.requests).toHaveLength(2);
    expect(invalid.json.diagnoses[0]).toMatchObject({ category: 'access-denied', source: 'rules' });
    expect(invalid.json.diagnoses[0].ai).toBeUndefined();
    await fake.close();
    fake = await startFakeOpenAi({ fallback: { kind: 'status', status: 500 } });
    const down = await run(corpus.get('pa-43891')!, fake.url);
    expect(down.exitCode).toBe(0);
    expect(down.json.diagnoses[0].category).toBe('access-denied');
    expect(down.json.errors.errors.some((e: { recovered: boolean }) => e.recovered)).toBe(true);
  });
});
