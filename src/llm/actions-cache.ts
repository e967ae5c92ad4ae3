// Persists the LLM reply cache between Action runs with the Actions cache, so a re-run on an
// unchanged repository makes no LLM call even on a fresh runner. Only the reply entries
// (CACHE_DIR/llm) are stored, never the audit log. Keys are content-addressed: the suffix is a
// hash of the entry names, so an unchanged cache is not uploaded again, and restore takes the
// most recent entry by prefix. Failures are warnings: the cache is an optimisation.
import * as cache from '@actions/cache';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CACHE_FORMAT, LLM_CACHE_SUBDIR } from './cache';

export const ACTIONS_CACHE_PREFIX = `inframate-llm-v${CACHE_FORMAT}-`;

interface Warn {
  warn(message: string): void;
  debug?(message: string): void;
}

const quiet: Warn = { warn: () => undefined };

async function entryNames(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.json'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The key a cache directory would be saved under (null when it holds no entries). */
export async function llmCacheKey(cacheDir: string): Promise<string | null> {
  const names = await entryNames(join(cacheDir, LLM_CACHE_SUBDIR));
  if (names.length === 0) return null;
  return ACTIONS_CACHE_PREFIX + createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 32);
}

export interface CacheOutcome {
  key: string | null;
  done: boolean;
  reason?: string;
}

export async function restoreLlmCache(cacheDir: string, log: Warn = quiet): Promise<CacheOutcome> {
  if (!cache.isFeatureAvailable()) return { key: null, done: false, reason: 'the Actions cache service is not available here' };
  try {
    // The primary key never matches (it is a prefix marker); the restore key picks the newest entry.
    const key = await cache.restoreCache([join(cacheDir, LLM_CACHE_SUBDIR)], `${ACTIONS_CACHE_PREFIX}restore`, [ACTIONS_CACHE_PREFIX]);
    return key ? { key, done: true } : { key: null, done: false, reason: 'no saved LLM cache yet' };
  } catch (error) {
    log.warn(`could not restore the LLM cache: ${(error as Error)?.message ?? String(error)}`);
    return { key: null, done: false, reason: 'restore failed' };
  }
}

/** Save after the run. `restoredKey` (from restoreLlmCache) avoids re-uploading an unchanged cache. */
export async function saveLlmCache(cacheDir: string, log: Warn = quiet, restoredKey?: string | null): Promise<CacheOutcome> {
  if (!cache.isFeatureAvailable()) return { key: null, done: false, reason: 'the Actions cache service is not available here' };
  const key = await llmCacheKey(cacheDir);
  if (!key) return { key: null, done: false, reason: 'no LLM replies to save' };
  if (key === restoredKey) return { key, done: false, reason: 'unchanged since restore' };
  try {
    await cache.saveCache([join(cacheDir, LLM_CACHE_SUBDIR)], key);
    return { key, done: true };
  } catch (error) {
    // The same content saved by a parallel job: nothing to do.
    if (error instanceof cache.ReserveCacheError) return { key, done: false, reason: 'already saved' };
    log.warn(`could not save the LLM cache: ${(error as Error)?.message ?? String(error)}`);
    return { key, done: false, reason: 'save failed' };
  }
}
