// Content-addressed reply cache: the key is a hash of everything that determines the answer
// (provider, model, prompt, schema, output limit), so a re-run with unchanged input is served
// from disk and makes no call. Only validated values are stored.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Bumped when the stored shape or the prompt framing changes meaning. */
export const CACHE_FORMAT = 1;

/** The cache lives in this sub-directory of the cache dir (the part the Action persists). */
export const LLM_CACHE_SUBDIR = 'llm';

export interface CacheKeyParts {
  provider: string;
  model: string;
  system: string;
  user: string;
  schema: unknown;
  maxOutputTokens: number;
}

export function cacheKey(parts: CacheKeyParts): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ v: CACHE_FORMAT, ...parts }));
  return h.digest('hex');
}

interface Entry {
  v: number;
  key: string;
  task: string;
  storedAt: string;
  value: unknown;
}

export interface ReplyCache {
  get(key: string): Promise<{ value: unknown } | null>;
  set(key: string, task: string, value: unknown): Promise<void>;
}

export function createReplyCache(cacheDir: string): ReplyCache {
  const root = join(cacheDir, LLM_CACHE_SUBDIR);
  const pathOf = (key: string) => join(root, key.slice(0, 2), `${key}.json`);
  return {
    async get(key) {
      let text: string;
      try {
        text = await readFile(pathOf(key), 'utf8');
      } catch {
        return null;
      }
      try {
        const entry = JSON.parse(text) as Entry;
        if (entry.v !== CACHE_FORMAT || entry.key !== key) return null;
        return { value: entry.value };
      } catch {
        return null; // a torn or foreign file is a miss, never an error
      }
    },
    async set(key, task, value) {
      const file = pathOf(key);
      await mkdir(dirname(file), { recursive: true });
      const entry: Entry = { v: CACHE_FORMAT, key, task, storedAt: new Date().toISOString(), value };
      // Write then rename, so a concurrent reader never sees half a file.
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, JSON.stringify(entry), 'utf8');
      await rename(tmp, file);
    },
  };
}
