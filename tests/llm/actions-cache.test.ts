import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: { fn: string; args: unknown[] }[] = [];
const state = { available: true, restoreHit: 'inframate-llm-v1-abc' as string | undefined, saveError: null as Error | null };

vi.mock('@actions/cache', () => {
  class ReserveCacheError extends Error {}
  return {
    ReserveCacheError,
    isFeatureAvailable: () => state.available,
    restoreCache: async (...args: unknown[]) => {
      calls.push({ fn: 'restore', args });
      return state.restoreHit;
    },
    saveCache: async (...args: unknown[]) => {
      calls.push({ fn: 'save', args });
      if (state.saveError) throw state.saveError;
      return 1;
    },
  };
});

const { restoreLlmCache, saveLlmCache, llmCacheKey, ACTIONS_CACHE_PREFIX } = await import('../../src/llm/actions-cache');
const { tempDir } = await import('./helpers');

beforeEach(() => {
  calls.length = 0;
  state.available = true;
  state.restoreHit = 'inframate-llm-v1-abc';
  state.saveError = null;
});

async function cacheWith(names: string[]): Promise<string> {
  const dir = await tempDir();
  for (const n of names) {
    await mkdir(join(dir, 'llm', n.slice(0, 2)), { recursive: true });
    await writeFile(join(dir, 'llm', n.slice(0, 2), `${n}.json`), '{}');
  }
  return dir;
}

describe('Actions cache persistence of LLM replies', () => {
  it('restores the newest entry by prefix, only the llm sub-directory', async () => {
    const dir = await cacheWith([]);
    expect(await restoreLlmCache(dir)).toEqual({ key: 'inframate-llm-v1-abc', done: true });
    expect(calls[0].args[0]).toEqual([join(dir, 'llm')]);
    expect(calls[0].args[2]).toEqual([ACTIONS_CACHE_PREFIX]);
  });

  it('saves under a content-addressed key and skips an unchanged cache', async () => {
    const dir = await cacheWith(['aa11', 'bb22']);
    const key = await llmCacheKey(dir);
    expect(key).toMatch(new RegExp(`^${ACTIONS_CACHE_PREFIX}[0-9a-f]{32}$`));
    expect(await saveLlmCache(dir)).toEqual({ key, done: true });
    expect(calls.at(-1)).toEqual({ fn: 'save', args: [[join(dir, 'llm')], key] });
    calls.length = 0;
    expect(await saveLlmCache(dir, undefined, key)).toMatchObject({ done: false, reason: 'unchanged since restore' });
    expect(calls).toHaveLength(0);
    // A new reply changes the key.
    await mkdir(join(dir, 'llm', 'cc'), { recursive: true });
    await writeFile(join(dir, 'llm', 'cc', 'cc33.json'), '{}');
    expect(await llmCacheKey(dir)).not.toBe(key);
  });

  it('never fails the run: unavailable service, empty cache, save errors', async () => {
    const warnings: string[] = [];
    const log = { warn: (m: string) => warnings.push(m) };
    expect(await saveLlmCache(await cacheWith([]), log)).toMatchObject({ done: false, reason: 'no LLM replies to save' });
    state.saveError = new Error('network down');
    expect(await saveLlmCache(await cacheWith(['dd44']), log)).toMatchObject({ done: false, reason: 'save failed' });
    expect(warnings[0]).toMatch(/network down/);
    state.available = false;
    expect(await restoreLlmCache(await cacheWith([]), log)).toMatchObject({ done: false });
  });
});
