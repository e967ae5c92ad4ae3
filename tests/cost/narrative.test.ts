// The AI narrative can summarize and reorder savings, never invent or change them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/types';
import { createLogger } from '../../src/core/log';
import { narrateSavings } from '../../src/cost/narrative';
import type { Saving } from '../../src/cost/savings';
import { buildSettings } from '../../src/settings';
import { Supervisor } from '../../src/supervisor/step';

const savings: Saving[] = [
  { ruleId: 'cost-ebs-gp3', resource: 'aws_ebs_volume.a', message: 'gp2', monthlySavings: 2, file: 'main.tf', line: 1 },
  { ruleId: 'cost-multi-az-dev', resource: 'aws_db_instance.db', message: 'multi-az', monthlySavings: 140, file: 'main.tf', line: 9 },
];

function ctxWith(): CommandContext {
  const settings = buildSettings({
    command: 'optimize',
    dir: '.',
    raw: { provider: 'gemini' },
    env: { GEMINI_API_KEY: 'test-key-123' },
    cwd: tmpdir(),
    runtime: 'cli',
  });
  const supervisor = new Supervisor();
  return { settings, supervisor, step: supervisor.run, log: createLogger({ write: () => {} }) };
}

const fake = (text: string | null) => () => ({
  provider: {
    name: 'gemini' as const,
    model: 'fake-model',
    complete: async () => ({ text, finishReason: 'stop' as const, inputTokens: 10, outputTokens: 10 }),
  },
});

describe('savings narrative', () => {
  it('keeps only valid, distinct indexes of existing savings', async () => {
    const n = await narrateSavings(
      ctxWith(),
      { totalMonthlyCost: 500, region: 'us-east-1', environment: 'dev', savings },
      {
        createProvider: fake(JSON.stringify({ summary: 'Turn off Multi-AZ in dev first.', priority: [1, 1, 7, 0] })),
        cacheDir: mkdtempSync(join(tmpdir(), 'inframate-llm-')),
      },
    );
    expect(n).toEqual({
      source: 'ai',
      summary: 'Turn off Multi-AZ in dev first.',
      priority: [
        { ruleId: 'cost-multi-az-dev', resource: 'aws_db_instance.db' },
        { ruleId: 'cost-ebs-gp3', resource: 'aws_ebs_volume.a' },
      ],
    });
  });

  it('an invalid reply leaves the rules result alone (null)', async () => {
    const n = await narrateSavings(
      ctxWith(),
      { totalMonthlyCost: 500, region: 'us-east-1', environment: 'dev', savings },
      {
        createProvider: fake('{"summary": 42}'),
        cacheDir: mkdtempSync(join(tmpdir(), 'inframate-llm-')),
      },
    );
    expect(n).toBeNull();
  });
});
