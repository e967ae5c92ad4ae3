// Every cause rule with a good example (the facts that show it) and a bad one (near-miss facts that
// must not), the proposal check, target parsing and the prompt sanitizer.
import { describe, expect, it } from 'vitest';
import { CAUSE_RULES, matchCause } from '../../src/agent/causes';
import { deriveFacts } from '../../src/agent/derive';
import { extractFacts } from '../../src/agent/facts';
import { checkProposal } from '../../src/agent/proposal-check';
import { resultForPrompt } from '../../src/agent/sanitize';
import { mentioned, parseResource, targetsInText } from '../../src/agent/targets';
import type { Discovery } from '../../src/agent/types';

let n = 0;
const fact = (kind: string, data: Discovery['data']): Discovery => ({ id: `d${++n}`, kind, fact: kind, evidence: [`a${n}`], data });

const EXAMPLES: Record<string, { good: Discovery[]; bad: Discovery[] }> = {
  'ecs-image-pull-failed': {
    good: [
      fact('ecs.task-stopped', {
        service: 'p',
        stoppedReason: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): not found',
      }),
    ],
    bad: [fact('ecs.task-stopped', { service: 'p', stoppedReason: 'Scaling activity initiated by deployment ecs-svc/123' })],
  },
  'ecs-oom-killed': {
    good: [
      fact('ecs.container-exit', {
        service: 'o',
        container: 'app',
        exitCode: 137,
        reason: 'OutOfMemoryError: Container killed due to memory usage',
      }),
    ],
    bad: [fact('ecs.container-exit', { service: 'o', container: 'app', exitCode: 0, reason: null })],
  },
  'ecs-failing-health-checks': {
    good: [
      fact('elb.target-health', {
        state: 'unhealthy',
        reason: 'Target.ResponseCodeMismatch',
        description: 'Health checks failed with these codes: [404]',
      }),
    ],
    bad: [fact('elb.target-health', { state: 'healthy', reason: null, description: null })],
  },
  'sg-blocks-port': {
    good: [fact('ec2.port-blocked', { instance: 'i-1', port: 8080, securityGroups: 'sg-1' })],
    bad: [fact('ec2.sg-ingress', { group: 'sg-1', protocol: 'tcp', fromPort: 8080, toPort: 8080, sources: '10.0.0.0/8' })],
  },
  'rds-storage-full': {
    good: [fact('rds.instance', { instance: 'db', status: 'storage-full', allocatedGiB: 20 })],
    bad: [
      fact('rds.instance', { instance: 'db', status: 'available', allocatedGiB: 20 }),
      fact('metric', { metric: 'FreeStorageSpace', min: 5e9 }),
    ],
  },
  'lambda-throttled': {
    good: [fact('metric', { metric: 'Throttles', max: 12, sum: 40 }), fact('lambda.concurrency', { function: 'f', reserved: 2 })],
    bad: [fact('metric', { metric: 'Throttles', max: 0, sum: 0 })],
  },
  'lambda-timeout': {
    good: [fact('logs.error-line', { message: '2024-01-01 abc Task timed out after 30.03 seconds' })],
    bad: [fact('logs.error-line', { message: 'connection timeout retried, succeeded' })],
  },
  'ec2-status-check-failed': {
    good: [fact('ec2.status', { instance: 'i-1', systemStatus: 'impaired', instanceStatus: 'ok' })],
    bad: [fact('ec2.status', { instance: 'i-1', systemStatus: 'ok', instanceStatus: 'ok' }), fact('ec2.scheduled-event', { code: 'none' })],
  },
  'app-crash-on-start': {
    good: [
      fact('ecs.container-exit', { service: 's', exitCode: 1, reason: null }),
      fact('logs.error-line', { message: "Error: Cannot find module 'express'" }),
    ],
    bad: [fact('ecs.container-exit', { service: 's', exitCode: 1, reason: null })],
  },
};

describe('cause rules', () => {
  it('every rule has examples', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(CAUSE_RULES.map((r) => r.id).sort());
  });
  for (const rule of CAUSE_RULES) {
    it(`${rule.id}: the good example matches, the bad one does not`, () => {
      const { good, bad } = EXAMPLES[rule.id];
      const m = matchCause(good);
      expect(m?.rule.id).toBe(rule.id);
      expect(m!.rootCause.evidence.length).toBeGreaterThan(0);
      expect(m!.rootCause.summary).not.toMatch(/\{\w+\}/);
      expect(m!.recovery.every((s) => s.order > 0)).toBe(true);
      expect(matchCause(bad)?.rule.id ?? null).not.toBe(rule.id);
    });
  }
});

describe('derived facts', () => {
  const th = fact('elb.target-health', { target: 'i-1', port: 8080, state: 'unhealthy', reason: 'Target.Timeout' });
  const inst = fact('ec2.instance', { instance: 'i-1', securityGroups: 'sg-1' });
  it('a port no security group lets in', () => {
    expect(deriveFacts([th, inst, fact('ec2.sg-ingress', { group: 'sg-1', protocol: 'tcp', fromPort: 22, toPort: 22 })])).toHaveLength(1);
  });
  it('no conclusion when a rule covers the port, or when a group was not read', () => {
    expect(deriveFacts([th, inst, fact('ec2.sg-ingress', { group: 'sg-1', protocol: 'tcp', fromPort: 8000, toPort: 9000 })])).toHaveLength(
      0,
    );
    expect(deriveFacts([th, inst, fact('ec2.sg-ingress', { group: 'sg-1', protocol: '-1', fromPort: null, toPort: null })])).toHaveLength(
      0,
    );
    expect(deriveFacts([th, inst])).toHaveLength(0);
  });
});

describe('proposal check', () => {
  it.each([
    ['ecs', 'DescribeServices', {}],
    ['cloudwatch-logs', 'FilterLogEvents', { logGroupName: '/ecs/x' }],
    ['ssm', 'GetParameter', { Name: 'x' }],
  ])('allows %s:%s', (service, operation, params) => {
    // ssm is not a client the agent has: refused as unavailable, not as a secret read.
    const v = checkProposal({ service, operation, params });
    if (service === 'ssm') expect(v).toEqual({ ok: false, reason: expect.stringMatching(/not available/) });
    else expect(v).toEqual({ ok: true });
  });
  it.each([
    ['secretsmanager', 'GetSecretValue', {}, /secret/],
    ['ssm', 'GetParameter', { WithDecryption: true }, /decrypted/],
    ['s3', 'GetObject', {}, /object contents/],
    ['ec2', 'TerminateInstances', {}, /read-only/],
    ['iam', 'CreateAccessKey', {}, /read-only/],
    ['lambda', 'GetFunction', {}, /code/],
    ['ec2', 'DescribeInstanceAttribute', { Attribute: 'userData' }, /user data/],
    ['made-up', 'DescribeThings', {}, /unknown service/],
    ['ecs', 'describe services', {}, /not an operation/],
  ])('denies %s:%s', (service, operation, params, reason) => {
    const v = checkProposal({ service, operation, params });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.reason).toMatch(reason);
  });
});

describe('targets', () => {
  it('parses --resource values and rejects bad ones', () => {
    expect(parseResource('ecs-service:prod/orders')).toEqual({ type: 'ecs-service', cluster: 'prod', service: 'orders' });
    expect(parseResource('target-group:arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/a/b')).toMatchObject({
      arn: expect.any(String),
    });
    expect(() => parseResource('ecs-service:orders')).toThrow(/CLUSTER\/SERVICE/);
    expect(() => parseResource('bucket:x')).toThrow(/unknown/);
    expect(() => parseResource('nonsense')).toThrow(/TYPE:ID/);
  });
  it('finds resources named in questions', () => {
    expect(targetsInText('why is service orders in cluster prod restarting?')).toEqual([
      { type: 'ecs-service', cluster: 'prod', service: 'orders' },
    ]);
    expect(targetsInText('is i-0123456789abcdef0 ok')).toEqual([{ type: 'ec2-instance', id: 'i-0123456789abcdef0' }]);
    expect(targetsInText('why is the lambda failing?')).toEqual([]);
    expect(targetsInText('Why are writes to database orders-db failing?')).toEqual([{ type: 'rds-instance', id: 'orders-db' }]);
  });
  it('matches names mentioned in a question', () => {
    expect(mentioned('orders', 'Why are the orders tasks restarting?')).toBe(true);
    expect(mentioned('prod-orders-api', 'why do orders fail')).toBe(true);
    expect(mentioned('payments', 'Why are the orders tasks restarting?')).toBe(false);
  });
});

describe('prompt sanitizer', () => {
  it('hides environment values, user data and passwords; keeps names; bounds size', () => {
    const text = resultForPrompt({
      Environment: { Variables: { API_KEY: 'plain-value-1' } },
      containerDefinitions: [{ environment: [{ name: 'DB_PASSWORD', value: 'plain-value-2' }] }],
      UserData: 'IyEvYmluL2Jhc2g=',
      MasterUserPassword: 'plain-value-3',
      Events: Array.from({ length: 100 }, (_, i) => ({ Message: `event ${i}` })),
    });
    for (const v of ['plain-value-1', 'plain-value-2', 'plain-value-3', 'IyEvYmluL2Jhc2g=']) expect(text).not.toContain(v);
    expect(text).toContain('API_KEY');
    expect(text).toContain('DB_PASSWORD');
    expect(text).toContain('more)');
  });
  it('extractors never copy environment values into facts', () => {
    const { facts } = extractFacts(
      'lambda',
      'GetFunctionConfiguration',
      { FunctionName: 'f', Environment: { Variables: { K: 'secret-v' } } },
      {},
    );
    expect(JSON.stringify(facts)).not.toContain('secret-v');
  });
});
