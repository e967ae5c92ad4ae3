// Audit log: one JSON line per exchange with the provider (and per cache hit), holding exactly the
// redacted text that was sent and what came back. The caller runs writes as a step with a
// fallback, so an unwritable path is reported without failing the run.
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface AuditEntry {
  time: string;
  task: string;
  provider: string;
  model: string;
  kind: 'initial' | 'repair' | 'cache-hit' | 'tools';
  cacheKey: string;
  request?: { system: string; user: string; schema?: unknown; tools?: unknown; maxOutputTokens: number };
  reply?: { text: string | null; finishReason: string; detail?: string; calls?: unknown };
  inputTokens?: number;
  outputTokens?: number;
  latencyMs?: number;
  costUsd?: number | null;
  outcome: 'ok' | 'invalid' | 'failed' | 'cache-hit';
  error?: string;
}

export interface AuditLog {
  readonly path: string | null;
  write(entry: AuditEntry): Promise<void>;
}

export function createAuditLog(path: string | null, mask: (s: string) => string): AuditLog {
  let ready: Promise<unknown> | null = null;
  return {
    path,
    async write(entry) {
      if (!path) return;
      ready ??= mkdir(dirname(path), { recursive: true });
      await ready;
      // mask() is the last line of defence: the configured keys never reach the file.
      await appendFile(path, mask(JSON.stringify(entry)) + '\n', 'utf8');
    },
  };
}
