// Recommendation refinement: adjustments stay inside the closed vocabulary, security ratchets hold,
// the validation gate decides, and every failure leaves the rules result standing.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLlm } from '../../src/llm';
import type { Llm } from '../../src/llm';
import { createModuleGate, refineRecommendation, refineStage, type GateResult, type RefinementReply } from '../../src/recommend/refine';
import type { Component } from '../../src/recommend/vocabulary';
import { startFakeGemini, type FakeServer } from '../fakes/gemini';
import { sampleBaseline, sampleProfile, sampleRequirements } from './fixtures';
import { aiSettings, harness, tempDir } from './helpers';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function repo(files: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir('inframate-refine-');
  const all = {
    'package.json': '{"name":"shop","dependencies":{"express":"^5.0.0","pg":"^8.0.0"}}',
    Dockerfile: 'FROM node:22-alpine\nEXPOSE 3000\n',
    ...files,
  };
  for (const [p, c] of Object.entries(all)) {
    await mkdir(join(dir, p, '..'), { recursive: true });
    await writeFile(join(dir, p), c);
  }
  return dir;
}

async function refineWith(
  reply: RefinementReply,
  gate: (cs: Component[]) => Promise<GateResult> = async () => ({ ok: true, problems: [] }),
) {
  fake = await startFakeGemini({ fallback: { kind: 'json', value: reply } });
  const h = harness();
  const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
  const result = await refineRecommendation(
    { dir: await repo(), profile: sampleProfile(), requirements: sampleRequirements(), baseline: sampleBaseline() },
    { llm, step: h.supervisor.run, gate },
  );
  return { result, llm, h };
}

const web = (c: Component[]) => c.find((x) => x.kind === 'ecs-fargate-service')!;

describe('refineRecommendation', () => {
  it('applies valid parameter adjustments and marks the recommendation as AI-refined', async () => {
    const { result } = await refineWith({
      adjustments: [
        {
          action: 'set',
          target: 'ecs-fargate-service:web',
          changes: [
            { parameter: 'cpu', value: 2048 },
            { parameter: 'memory', value: '4096' },
          ],
          reason: 'Node with heavy SSR.',
        },
        {
          action: 'add',
          target: 'sqs-queue',
          changes: [
            { parameter: 'name', value: 'emails' },
            { parameter: 'fifo', value: false },
            { parameter: 'visibilityTimeoutSeconds', value: 60 },
            { parameter: 'messageRetentionSeconds', value: 345600 },
            { parameter: 'maxReceiveCount', value: 5 },
          ],
          reason: 'The README mentions background email jobs.',
        },
      ],
      summary: 'Bigger tasks and a queue for emails.',
    });
    expect(result.source).toBe('ai');
    expect(web(result.components).parameters).toMatchObject({ cpu: 2048, memory: 4096 });
    expect(web(result.components).rationale).toMatch(/AI adjustment: Node with heavy SSR/);
    expect(result.components.find((c) => c.kind === 'sqs-queue')?.parameters).toMatchObject({ name: 'emails' });
    expect(result.adjustments.map((a) => a.status)).toEqual(['applied', 'applied']);
    expect(result.summary).toBe('Bigger tasks and a queue for emails.');
    expect(result.prompt?.estimatedTokens).toBeLessThanOrEqual(result.prompt!.tokenBudget);
  });

  it('rejects adjustments outside the vocabulary or weakening security, keeping the rules values', async () => {
    const { result } = await refineWith({
      adjustments: [
        { action: 'set', target: 'vpc', changes: [{ parameter: 'flowLogs', value: false }], reason: 'cost' },
        { action: 'set', target: 'rds-postgresql', changes: [{ parameter: 'backupRetentionDays', value: 1 }], reason: 'cost' },
        {
          action: 'set',
          target: 'rds-postgresql',
          changes: [{ parameter: 'deletionProtection', value: false }],
          reason: 'easier teardown',
        },
        {
          action: 'set',
          target: 'ecr-repository:web',
          changes: [{ parameter: 'imageTagMutability', value: 'MUTABLE' }],
          reason: 'latest tag',
        },
        { action: 'set', target: 'observability', changes: [{ parameter: 'alarms', value: false }], reason: 'noise' },
        { action: 'set', target: 'rds-postgresql', changes: [{ parameter: 'publiclyAccessible', value: true }], reason: 'debugging' },
        { action: 'set', target: 'ecs-fargate-service:web', changes: [{ parameter: 'memory', value: 999 }], reason: 'odd size' },
        { action: 'set', target: 's3-static-site', changes: [{ parameter: 'versioning', value: false }], reason: 'no such component' },
        {
          action: 'add',
          target: 's3-static-site',
          changes: [{ parameter: 'versioning', value: false }],
          reason: 'public bucket for uploads',
        },
        { action: 'add', target: 'security-group-ssh', changes: [{ parameter: 'cidr', value: '0.0.0.0/0' }], reason: 'ssh access' },
      ],
      summary: 'Cheaper and more open.',
    });
    expect(result.source).toBe('rules');
    expect(result.components).toEqual(sampleBaseline());
    expect(result.adjustments.every((a) => a.status === 'rejected')).toBe(true);
    const why = result.adjustments.map((a) => a.rejection).join('\n');
    expect(why).toMatch(/would disable flowLogs/);
    expect(why).toMatch(/would lower backupRetentionDays from \d+ to 1 /);
    expect(why).toMatch(/would disable deletionProtection/);
    expect(why).toMatch(/would change imageTagMutability from IMMUTABLE/);
    expect(why).toMatch(/would disable alarms/);
    expect(why).toMatch(/"publiclyAccessible" is not a parameter of rds-postgresql/);
    expect(why).toMatch(/memory 999 MiB is not valid with \d+ CPU units/);
    expect(why).toMatch(/no baseline component has the key "s3-static-site"/);
    expect(why).toMatch(/kind "s3-static-site" cannot be added/);
    expect(why).toMatch(/kind "security-group-ssh" cannot be added/);
  });

  it('lets the validation gate reject an adjustment, re-checking them one at a time', async () => {
    const calls: Component[][] = [];
    const gate = async (cs: Component[]): Promise<GateResult> => {
      calls.push(cs);
      const w = web(cs);
      return w.parameters.maxTasks > 10
        ? { ok: false, problems: ['web.tf:40: max_capacity exceeds the account quota'] }
        : { ok: true, problems: [] };
    };
    const { result } = await refineWith(
      {
        adjustments: [
          {
            action: 'set',
            target: 'ecs-fargate-service:web',
            changes: [{ parameter: 'spot', value: true }],
            reason: 'stateless, tolerate interruptions',
          },
          { action: 'set', target: 'ecs-fargate-service:web', changes: [{ parameter: 'maxTasks', value: 40 }], reason: 'traffic spikes' },
        ],
        summary: 's',
      },
      gate,
    );
    expect(calls).toHaveLength(4); // all together, the baseline for comparison, then each on its own
    expect(result.source).toBe('ai');
    expect(web(result.components).parameters).toMatchObject({ spot: true, maxTasks: web(sampleBaseline()).parameters.maxTasks });
    expect(result.adjustments[1]).toMatchObject({
      status: 'rejected',
      rejection: expect.stringMatching(/fails the validation gate: web.tf:40/),
    });
    expect(result.notes.join()).toMatch(/failed validation/);
  });

  it('uses the real templates and validation as the gate', async () => {
    const h = harness();
    const gate = createModuleGate(
      h.supervisor.run,
      { project: 'shop', environment: 'prod', region: 'us-east-1', tags: {} },
      { outDir: await tempDir() },
    );
    const base = await gate(sampleBaseline());
    expect(base.problems).toEqual([]);
    expect(base.ok).toBe(true);
    const { result } = await refineWith(
      {
        adjustments: [
          {
            action: 'set',
            target: 'rds-postgresql',
            changes: [{ parameter: 'instanceClass', value: 'db.t4g.medium' }],
            reason: 'more connections',
          },
        ],
        summary: 's',
      },
      gate,
    );
    expect(result.source).toBe('ai');
    expect(result.components.find((c) => c.kind === 'rds-postgresql')?.parameters).toMatchObject({ instanceClass: 'db.t4g.medium' });
    expect(h.supervisor.report().unrecovered).toBe(0);
  });

  it('keeps the rules result when the model gives nothing usable, saying why', async () => {
    fake = await startFakeGemini({ fallback: { kind: 'status', status: 503 } });
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    const result = await refineRecommendation(
      { dir: await repo(), profile: sampleProfile(), requirements: sampleRequirements(), baseline: sampleBaseline() },
      { llm, step: h.supervisor.run, gate: async () => ({ ok: true, problems: [] }) },
    );
    expect(result).toMatchObject({ source: 'rules', components: sampleBaseline(), adjustments: [] });
    expect(result.notes[0]).toMatch(/AI refinement not applied: .*503.*rules result stands/);
  });

  it('does nothing without a provider', async () => {
    const h = harness();
    const llm = createLlm(aiSettings('none', undefined, await tempDir(), { enabled: false }), { step: h.supervisor.run, log: h.log });
    const result = await refineRecommendation(
      { dir: await repo(), profile: sampleProfile(), requirements: sampleRequirements(), baseline: sampleBaseline() },
      { llm, step: h.supervisor.run, gate: async () => ({ ok: true, problems: [] }) },
    );
    expect(result.source).toBe('rules');
    expect(result.notes[0]).toMatch(/no LLM provider/);
  });

  it('refineStage updates the recommendation in place, and survives a failing AI layer', async () => {
    const dir = await repo();
    const settings = { dir, out: join(dir, 'infra'), ai: { keys: {} } };
    const rec = { source: 'rules' as const, components: sampleBaseline(), notes: [] as string[] };
    fake = await startFakeGemini({
      fallback: {
        kind: 'json',
        value: {
          adjustments: [
            { action: 'set', target: 'observability', changes: [{ parameter: 'logRetentionDays', value: 180 }], reason: 'audits' },
          ],
          summary: 'ok',
        },
      },
    });
    const h = harness();
    const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
    await refineStage({ step: h.supervisor.run, settings }, llm, {
      profile: sampleProfile(),
      requirements: sampleRequirements(),
      recommendation: rec,
    });
    expect(rec).toMatchObject({ source: 'ai', aiSummary: 'ok', adjustments: [{ status: 'applied' }] });
    expect(rec.components.find((c) => c.kind === 'observability')?.parameters).toMatchObject({ logRetentionDays: 180 });

    const broken: Llm = {
      enabled: true,
      generateStructured: async () => {
        throw new TypeError('boom');
      },
      metrics: () => llm.metrics(),
      note: () => undefined,
    };
    const h2 = harness();
    const rec2 = { source: 'rules' as const, components: sampleBaseline(), notes: [] as string[] };
    const out = await refineStage({ step: h2.supervisor.run, settings }, broken, {
      profile: sampleProfile(),
      requirements: sampleRequirements(),
      recommendation: rec2,
    });
    expect(out.source).toBe('rules');
    expect(rec2.components).toEqual(sampleBaseline());
    expect(rec2.notes.join()).toMatch(/AI refinement failed \(boom\)/);
    expect(h2.supervisor.report()).toMatchObject({
      unrecovered: 0,
      errors: [{ step: 'recommend.refine', recovered: true, strategy: 'rules-result' }],
    });
  });
});
