// Runs inspect through the real dispatcher with the real SDK clients pointed at the fake AWS, and
// (optionally) a scripted model on one of the fake provider servers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../src/commands/dispatch';
import type { InspectReport } from '../../src/commands/inspect';
import { createLogger } from '../../src/core/log';
import type { RawOptions } from '../../src/options';
import { buildSettings } from '../../src/settings';
import { installAgentHandlers } from '../fakes/aws/agent-handlers';
import { FakeAws } from '../fakes/aws/server';
import { startFakeAnthropic } from '../fakes/anthropic';
import { startFakeGemini } from '../fakes/gemini';
import { startFakeOpenAi } from '../fakes/openai';
import type { FakeServer, FakeToolCall } from '../llm/fake-support';

export type ProviderId = 'gemini' | 'openai' | 'anthropic';

export const KEY_ENV: Record<ProviderId, string> = { gemini: 'GEMINI_API_KEY', openai: 'OPENAI_API_KEY', anthropic: 'ANTHROPIC_API_KEY' };

export async function startFakeAwsForAgent(): Promise<FakeAws> {
  return installAgentHandlers(await FakeAws.start());
}

/** Give the SDK's credential chain the fake's static credentials; returns a restore function. */
export function useFakeAwsEnv(fake: FakeAws): () => void {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(fake.env())) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

export function startFakeModel(provider: ProviderId): Promise<FakeServer> {
  return provider === 'gemini' ? startFakeGemini() : provider === 'openai' ? startFakeOpenAi() : startFakeAnthropic();
}

/** A scripted model: turn i makes `turns[i]`, later turns call `after(prompt)`. */
export function scriptModel(model: FakeServer, turns: FakeToolCall[][], after: (prompt: string) => FakeToolCall[]): void {
  let turn = 0;
  model.script = [];
  model.fallback = { kind: 'tools', calls: (_body, raw) => (turn < turns.length ? turns[turn++] : (turn++, after(raw))) };
}

export interface InspectRun {
  report: InspectReport;
  exitCode: number;
  output: string;
}

export async function runInspect(
  fake: FakeAws,
  question: string,
  opts: { provider?: ProviderId; model?: FakeServer; raw?: RawOptions; format?: 'json' | 'markdown' } = {},
): Promise<InspectRun> {
  const cache = mkdtempSync(join(tmpdir(), 'inframate-agent-'));
  const env: NodeJS.ProcessEnv = { ...fake.env(), INFRAMATE_CACHE_DIR: cache, HOME: cache };
  const raw: RawOptions = { format: opts.format ?? 'json', quiet: true, ...opts.raw };
  if (opts.provider && opts.model) {
    env[KEY_ENV[opts.provider]] = 'test-key-0123456789';
    Object.assign(raw, {
      provider: opts.provider,
      'base-url': opts.provider === 'openai' ? `${opts.model.url}/v1` : opts.model.url,
      cache: false,
    });
  } else raw['no-ai'] = true;
  const settings = buildSettings({ command: 'inspect', args: [question], raw, env, cwd: cache, runtime: 'cli' });
  const lines: string[] = [];
  const result = await dispatch(settings, {
    writeOutput: false,
    log: createLogger({ quiet: true, write: (l) => lines.push(l) }),
    analyzer: null,
  });
  return { report: result.report as InspectReport, exitCode: result.exitCode, output: result.output };
}
