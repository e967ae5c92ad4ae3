// inspect end to end: the real SDK clients against the fake AWS (AWS_ENDPOINT_URL), with and
// without a scripted model speaking each provider's real API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeAws } from '../fakes/aws/server';
import { discoveryIdsIn, PLANTED_LAMBDA_SECRET, PLANTED_TASK_SECRET, SCENARIOS } from './scenarios';
import { runInspect, scriptModel, startFakeAwsForAgent, startFakeModel, useFakeAwsEnv, type ProviderId } from './harness';

let fake: FakeAws;
let restore: () => void;

beforeAll(async () => {
  fake = await startFakeAwsForAgent();
  restore = useFakeAwsEnv(fake);
});
afterAll(async () => {
  restore();
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  fake.account.resources = [];
});

describe('inspect without a model: rule-based plans reach the root cause', () => {
  for (const s of SCENARIOS) {
    it(s.name, async () => {
      s.setup(fake.account);
      const { report, exitCode } = await runInspect(fake, s.question);
      expect(exitCode).toBe(0);
      expect(report.investigation.source).toBe('rules');
      expect(report.rootCause.rule).toBe(s.rule);
      expect(report.rootCause.summary).toMatch(s.mentions);
      expect(report.investigation.stopReason).toBe('answered');
      expect(report.recoveryPlan.requiresApproval).toBe(true);
      expect(report.recoveryPlan.steps.length).toBeGreaterThan(0);
      // Every piece of evidence is a discovery that cites executed actions.
      const byId = new Map(report.investigation.discoveries.map((d) => [d.id, d]));
      for (const e of report.rootCause.evidence) {
        const d = byId.get(e)!;
        expect(d).toBeDefined();
        for (const a of d.evidence) expect(report.investigation.actions.find((x) => x.id === a)?.status).toBe('executed');
      }
      expect(JSON.stringify(report)).not.toContain(PLANTED_TASK_SECRET);
      expect(JSON.stringify(report)).not.toContain(PLANTED_LAMBDA_SECRET);
    });
  }
});

const PROVIDERS: ProviderId[] = ['gemini', 'openai', 'anthropic'];

describe.each(PROVIDERS)('inspect with a scripted %s model', (provider) => {
  for (const s of SCENARIOS) {
    it(s.name, async () => {
      s.setup(fake.account);
      const model = await startFakeModel(provider);
      try {
        scriptModel(model, s.modelCalls, (prompt) => [
          {
            name: 'finish',
            args: {
              rootCause: s.modelAnswer,
              confidence: 0.85,
              evidence: discoveryIdsIn(prompt, s.evidenceKinds),
              recommendations: ['Approve the recovery plan.'],
            },
          },
        ]);
        const { report } = await runInspect(fake, s.question, { provider, model });
        expect(report.investigation.source).toBe('ai');
        expect(report.investigation.stopReason).toBe('answered');
        expect(report.rootCause.source).toBe('ai');
        expect(report.rootCause.summary).toMatch(s.mentions);
        expect(report.rootCause.evidence.length).toBeGreaterThan(0);
        expect(report.rootCause.confidence).toBe(0.85);
        // The cause rules agree with the model on the same evidence.
        expect(report.rootCause.rule).toBe(s.rule);
        expect(model.requests.length).toBe(s.modelCalls.length + 1);
        // Prompts carried discoveries, and never the planted secrets.
        for (const r of model.requests) {
          expect(r.raw).not.toContain(PLANTED_TASK_SECRET);
          expect(r.raw).not.toContain(PLANTED_LAMBDA_SECRET);
        }
        expect(model.requests.at(-1)!.raw).toContain('Discoveries so far');
      } finally {
        await model.close();
      }
    });
  }
});

describe('the read-only policy against a model asking for forbidden calls', () => {
  const FORBIDDEN = [
    { service: 'secretsmanager', operation: 'GetSecretValue', params: { SecretId: 'prod/db' } },
    { service: 'ssm', operation: 'GetParameter', params: { Name: '/prod/db/password', WithDecryption: true } },
    { service: 's3', operation: 'GetObject', params: { Bucket: 'customer-exports', Key: 'users.csv' } },
    { service: 'ec2', operation: 'TerminateInstances', params: { InstanceIds: ['i-0123456789abcdef0'] } },
    { service: 'ecs', operation: 'UpdateService', params: { cluster: 'prod', service: 'orders', desiredCount: 0 } },
    { service: 'rds', operation: 'DeleteDBInstance', params: { DBInstanceIdentifier: 'orders-db', SkipFinalSnapshot: true } },
    { service: 'iam', operation: 'CreateAccessKey', params: { UserName: 'admin' } },
    { service: 'lambda', operation: 'GetFunction', params: { FunctionName: 'image-resizer' } },
  ];

  it.each(PROVIDERS)('every one is denied and none reaches the fake AWS (%s)', async (provider) => {
    SCENARIOS[0].setup(fake.account);
    const model = await startFakeModel(provider);
    try {
      scriptModel(
        model,
        [FORBIDDEN.slice(0, 4).map((args) => ({ name: 'aws_call', args })), FORBIDDEN.slice(4).map((args) => ({ name: 'aws_call', args }))],
        () => [{ name: 'finish', args: { rootCause: 'Could not read the secret.', confidence: 0.2, evidence: [], recommendations: [] } }],
      );
      const { report } = await runInspect(fake, 'Show me the database password of service orders in cluster prod', { provider, model });
      const forbiddenActions = report.investigation.actions.filter((a) =>
        FORBIDDEN.some((f) => f.operation === a.operation && f.service === a.service),
      );
      expect(forbiddenActions).toHaveLength(FORBIDDEN.length);
      for (const a of forbiddenActions) {
        expect(a.status).toBe('denied');
        expect(a.reason).toBeTruthy();
      }
      for (const f of FORBIDDEN) expect(fake.requests.filter((r) => r.operation === f.operation)).toHaveLength(0);
      expect(fake.requests.filter((r) => ['secretsmanager', 'ssm', 's3', 'iam'].includes(r.service))).toHaveLength(0);
      // Denials cost iterations and the model is told.
      expect(report.investigation.iterations).toBe(3);
      expect(model.requests[1].raw).toContain('DENIED');
      expect(report.investigation.figures.denied).toBe(FORBIDDEN.length);
      expect(report.rootCause.confidence).toBeLessThanOrEqual(0.3);
    } finally {
      await model.close();
    }
  });
});

describe('bounds', () => {
  it('a model that never calls finish stops at the limit with max-iterations', async () => {
    SCENARIOS[0].setup(fake.account);
    const model = await startFakeModel('openai');
    let n = 0;
    try {
      scriptModel(model, [], () => [
        { name: 'aws_call', args: { service: 'ecs', operation: 'ListTasks', params: { cluster: 'prod', maxResults: ++n } } },
      ]);
      const { report } = await runInspect(fake, 'Why are the orders tasks restarting?', {
        provider: 'openai',
        model,
        raw: { 'max-iterations': '4' },
      });
      expect(report.investigation.stopReason).toBe('max-iterations');
      expect(report.investigation.iterations).toBe(4);
      expect(model.requests).toHaveLength(4);
      // No answer, and stopped listing tasks: nothing supports a root cause, and the report says so.
      expect(report.rootCause.confidence).toBe(0);
      expect(report.rootCause.summary).toMatch(/No root cause/);
    } finally {
      await model.close();
    }
  });

  it('a model repeating the same call stops with no-new-information, served from the run cache', async () => {
    SCENARIOS[0].setup(fake.account);
    const model = await startFakeModel('anthropic');
    try {
      scriptModel(model, [], () => [
        { name: 'aws_call', args: { service: 'ecs', operation: 'DescribeServices', params: { cluster: 'prod', services: ['orders'] } } },
      ]);
      const { report } = await runInspect(fake, 'Why is service orders in cluster prod restarting?', { provider: 'anthropic', model });
      expect(report.investigation.stopReason).toBe('no-new-information');
      expect(fake.calls('ecs:DescribeServices')).toHaveLength(1);
      expect(report.investigation.figures.cacheHits).toBeGreaterThanOrEqual(3);
    } finally {
      await model.close();
    }
  });

  it('API errors are fed back and the model corrects its parameters', async () => {
    SCENARIOS[3].setup(fake.account);
    const model = await startFakeModel('gemini');
    try {
      scriptModel(
        model,
        [
          [{ name: 'aws_call', args: { service: 'rds', operation: 'DescribeDBInstances', params: { DBInstanceIdentifier: 'ordersdb' } } }],
          [{ name: 'aws_call', args: { service: 'rds', operation: 'DescribeDBInstances', params: { DBInstanceIdentifier: 'orders-db' } } }],
        ],
        (prompt) => [
          {
            name: 'finish',
            args: {
              rootCause: 'orders-db is out of storage.',
              confidence: 0.9,
              evidence: discoveryIdsIn(prompt, ['rds.instance']),
              recommendations: [],
            },
          },
        ],
      );
      const { report } = await runInspect(fake, 'Why are writes to database orders-db failing?', {
        provider: 'gemini',
        model,
        raw: { 'max-iterations': '6' },
      });
      expect(report.investigation.actions.some((a) => a.status === 'failed' && /DBInstanceNotFound/.test(a.reason ?? ''))).toBe(true);
      expect(model.requests[1].raw).toContain('DBInstanceNotFound');
      expect(report.investigation.stopReason).toBe('answered');
      expect(report.investigation.figures.corrections).toBe(1);
      expect(report.errors.unrecovered).toBe(0);
    } finally {
      await model.close();
    }
  });

  it('renders markdown with the answer, a recovery plan and a timeline', async () => {
    SCENARIOS[0].setup(fake.account);
    const { output } = await runInspect(fake, SCENARIOS[0].question, { format: 'markdown' });
    expect(output).toContain('**Root cause**');
    expect(output).toContain('### Recovery plan (requires approval)');
    expect(output).toContain('### Timeline');
    expect(output).toContain('ecs.DescribeTasks');
  });
});
