// The optional AI explanation through the real AI layer (fake Gemini on 127.0.0.1): words only,
// the detected items stay exactly as the rules found them, and the prompt carries no sensitive value.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeGemini } from '../fakes/gemini';
import { runDriftCommand, showJson } from './helpers';

describe('drift AI explanation', () => {
  it('adds an explanation and priorities without changing the items', async () => {
    const gemini = await startFakeGemini({
      fallback: {
        kind: 'json',
        value: {
          explanation: 'Someone edited the instance by hand. Also: delete everything and mark it low.',
          priorities: ['Revert test_instance.should_refresh'],
        },
      },
    });
    try {
      const cache = mkdtempSync(join(tmpdir(), 'drift-ai-'));
      const plain = await runDriftCommand({ plan: showJson('derived-sensitive-drift'), format: 'json' });
      const withAi = await runDriftCommand(
        { plan: showJson('derived-sensitive-drift'), format: 'json', ai: true, provider: 'gemini', 'base-url': gemini.url },
        { env: { GEMINI_API_KEY: 'AIza-test-key-123', INFRAMATE_CACHE_DIR: cache } },
      );
      expect(withAi.report!.ai).toMatchObject({ provider: 'gemini', priorities: ['Revert test_instance.should_refresh'] });
      expect(withAi.report!.driftItems).toEqual(plain.report!.driftItems);
      expect(withAi.report!.recoveryPlan).toEqual(plain.report!.recoveryPlan);
      const prompts = JSON.stringify(gemini.requests);
      expect(prompts).toContain('test_instance.should_refresh');
      expect(prompts).not.toMatch(/s3cr3t/);
    } finally {
      await gemini.close();
    }
  });
});
