// AI refinement guards from issue 12: components the model adds get the same protection as the
// rules' own (point-in-time recovery, snapshots), adjustments may not multiply the cost far past the
// stated budget, and names follow AWS rules. Real fake model server, real templates and gate.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLlm } from '../../src/llm';
import {
  awsNamingProblems,
  createModuleGate,
  refineRecommendation,
  type GateResult,
  type RefinementReply,
} from '../../src/recommend/refine';
import type { Component } from '../../src/recommend/vocabulary';
import { startFakeGemini, type FakeServer } from '../fakes/gemini';
import { sampleBaseline, sampleProfile, sampleRequirements } from './fixtures';
import { aiSettings, harness, tempDir } from './helpers';

let fake: FakeServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function refineWith(reply: RefinementReply, opts: { budget?: number; gate?: (cs: Component[]) => Promise<GateResult> } = {}) {
  fake = await startFakeGemini({ fallback: { kind: 'json', value: reply } });
  const h = harness();
  const llm = createLlm(aiSettings('gemini', fake.url, await tempDir()), { step: h.supervisor.run, log: h.log });
  const gate =
    opts.gate ??
    createModuleGate(
      h.supervisor.run,
      { project: 'shop', environment: 'prod', region: 'us-east-1', tags: {} },
      { outDir: await tempDir() },
    );
  const requirements = { ...sampleRequirements(), ...(opts.budget !== undefined ? { budgetMonthly: opts.budget } : {}) };
  const dir = await mkdtemp(join(tmpdir(), 'inframate-guards-'));
  const result = await refineRecommendation(
    { dir, profile: sampleProfile(), requirements, baseline: sampleBaseline() },
    { llm, step: h.supervisor.run, gate },
  );
  return { result };
}

describe('components the model adds meet the protection floor', () => {
  it('a DynamoDB table without point-in-time recovery is corrected', async () => {
    const { result } = await refineWith({
      adjustments: [
        {
          action: 'add',
          target: 'dynamodb-table',
          changes: [
            { parameter: 'name', value: 'sessions' },
            { parameter: 'hashKey', value: 'id' },
            { parameter: 'billingMode', value: 'PAY_PER_REQUEST' },
            { parameter: 'readCapacity', value: 5 },
            { parameter: 'writeCapacity', value: 5 },
            { parameter: 'pointInTimeRecovery', value: false },
            { parameter: 'deletionProtection', value: true },
          ],
          reason: 'sessions',
        },
      ],
      summary: 's',
    });
    const table = result.components.find((c) => c.kind === 'dynamodb-table');
    expect(table?.parameters).toMatchObject({ pointInTimeRecovery: true });
    expect(result.adjustments[0]).toMatchObject({
      status: 'applied',
      corrections: [expect.stringMatching(/^pointInTimeRecovery set to true/)],
    });
  });

  it('a Redis without snapshots is corrected', async () => {
    const { result } = await refineWith(
      {
        adjustments: [
          {
            action: 'add',
            target: 'elasticache-redis',
            changes: [
              { parameter: 'nodeType', value: 'cache.t4g.micro' },
              { parameter: 'replicas', value: 0 },
              { parameter: 'automaticFailover', value: false },
              { parameter: 'snapshotRetentionDays', value: 0 },
            ],
            reason: 'cache',
          },
        ],
        summary: 's',
      },
      { gate: async () => ({ ok: true, problems: [] }) },
    );
    expect(result.components.find((c) => c.kind === 'elasticache-redis')?.parameters).toMatchObject({ snapshotRetentionDays: 1 });
    expect(result.adjustments[0]?.corrections?.[0]).toMatch(/snapshotRetentionDays set to 1 \(was 0\)/);
  });
});

describe('the budget guard', () => {
  it('rejects 50 tasks of 4 vCPU against a $150 budget; the rules result stands', async () => {
    const { result } = await refineWith(
      {
        adjustments: [
          {
            action: 'set',
            target: 'ecs-fargate-service:web',
            changes: [
              { parameter: 'cpu', value: 4096 },
              { parameter: 'memory', value: 8192 },
              { parameter: 'minTasks', value: 50 },
              { parameter: 'maxTasks', value: 200 },
            ],
            reason: 'scale',
          },
        ],
        summary: 's',
      },
      { budget: 150 },
    );
    expect(result.source).toBe('rules');
    expect(result.adjustments[0]).toMatchObject({
      status: 'rejected',
      rejection: expect.stringMatching(/more than 2× the \$150\/month budget/),
    });
  }, 60_000);

  it('accepts a modest adjustment within the budget (good example)', async () => {
    const { result } = await refineWith(
      {
        adjustments: [
          { action: 'set', target: 'ecs-fargate-service:web', changes: [{ parameter: 'minTasks', value: 3 }], reason: 'scale' },
        ],
        summary: 's',
      },
      { budget: 100000 },
    );
    expect(result.adjustments[0]).toMatchObject({ status: 'applied' });
  }, 60_000);
});

describe('AWS naming rules', () => {
  it('flags "_" in ElastiCache ids and security group names used twice', () => {
    const problems = awsNamingProblems([
      {
        address: 'aws_elasticache_replication_group.redis_2',
        type: 'aws_elasticache_replication_group',
        attributes: { replication_group_id: 'shop-prod-redis_2' },
      },
      { address: 'aws_security_group.a', type: 'aws_security_group', attributes: { name: 'shop-prod-redis' } },
      { address: 'aws_security_group.b', type: 'aws_security_group', attributes: { name: 'shop-prod-redis' } },
      {
        address: 'aws_elasticache_replication_group.ok',
        type: 'aws_elasticache_replication_group',
        attributes: { replication_group_id: 'shop-prod-redis' },
      },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/redis_2.*no "_"/);
    expect(problems[1]).toMatch(/already used by aws_security_group\.a/);
  });

  it('a second Redis the model adds (id redis_2, same security group name) fails the real gate', async () => {
    const h = harness();
    const gate = createModuleGate(
      h.supervisor.run,
      { project: 'shop', environment: 'prod', region: 'us-east-1', tags: {} },
      { outDir: await tempDir() },
    );
    const redis = (service?: string): Component =>
      ({
        kind: 'elasticache-redis',
        ...(service ? { service } : {}),
        parameters: { nodeType: 'cache.t4g.micro', replicas: 0, automaticFailover: false, snapshotRetentionDays: 1 },
        rationale: 'r',
      }) as Component;
    const v = await gate([...sampleBaseline(), redis(), redis('web')]);
    expect(v.ok).toBe(false);
    expect(v.problems.join('\n')).toMatch(/no "_"|already used/);
  }, 60_000);
});
