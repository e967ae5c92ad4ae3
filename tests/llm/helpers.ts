// Shared test setup for the AI layer: settings pointing at a fake server, a real Supervisor, a
// logger that captures lines, and a temporary cache directory.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '../../src/core/log';
import type { ProviderName } from '../../src/core/types';
import type { AiSettings } from '../../src/settings';
import { Supervisor } from '../../src/supervisor/step';

export const FAKE_KEYS = {
  gemini: 'AIzaFAKEgeminiKEY0123456789abcdefghijklm',
  openai: 'sk-fakeOPENAIkey0123456789abcdefghijkl',
  anthropic: 'sk-ant-api03-fakeANTHROPICkey0123456789abcdef',
};

export async function tempDir(prefix = 'inframate-llm-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function aiSettings(
  provider: ProviderName,
  baseUrl: string | undefined,
  cacheDir: string,
  over: Partial<AiSettings> = {},
): AiSettings {
  return {
    enabled: provider !== 'none',
    provider,
    model: undefined,
    baseUrl,
    keys: { ...FAKE_KEYS },
    cache: true,
    cacheDir,
    tokenBudget: 200_000,
    requestsPerMinute: 1000,
    concurrency: 2,
    timeoutMs: 2_000,
    ...over,
  };
}

export interface Harness {
  supervisor: Supervisor;
  log: Logger;
  lines: string[];
}

export function harness(): Harness {
  const lines: string[] = [];
  const log = createLogger({ verbose: true, write: (l) => lines.push(l) });
  // Real retry, breaker and deadline logic, with waits shrunk to milliseconds.
  const supervisor = new Supervisor({ backoff: { baseMs: 5, maxMs: 20, jitter: false }, stepDeadlineMs: 15_000 });
  return { supervisor, log, lines };
}
