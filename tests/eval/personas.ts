// Scripted models for the eval tests, served by the fake Gemini / OpenAI / Anthropic servers:
// "good" answers each scenario from its expected elements, "bad" answers in the right shape but
// wrongly (and unsafely), "malformed" answers prose that is not the JSON / tool call asked for.
import type { RecordedRequest } from '../llm/fake-support';
import type { FakeBehaviour, FakeServer } from '../fakes/openai';
import type { Scenario } from '../../src/eval/scenario';

/** Every string of the request body, joined: the prompt as the model sees it. */
export function promptOf(req: RecordedRequest): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(req.body);
  return out.join('\n');
}

const isToolTurn = (req: RecordedRequest) => req.raw.includes('"aws_call"');

/** The scenario a prompt is about, found by a distinctive piece of its input. */
export function scenarioOf(prompt: string, suite: Scenario[]): Scenario | undefined {
  return suite.find((s) => {
    if (s.kind === 'incident') return prompt.includes(s.input.question);
    if (s.kind === 'diagnose') {
      const line = s.input.log.split('\n').find((l) => l.trim().length > 25) ?? s.input.log;
      return prompt.includes(line.trim().slice(0, 40));
    }
    return Object.keys(s.input.files).every((f) => prompt.includes(`# ${f}`)) && prompt.includes(JSON.stringify(s.input.baseline[0]!.key));
  });
}

const first = (m: string | string[]) => (Array.isArray(m) ? m[0]! : m);

function goodStructured(s: Scenario): unknown {
  if (s.kind === 'diagnose')
    return {
      category: s.expect.category,
      rootCause: `The run failed: ${s.expect.mentions.map(first).join(', ') || s.expect.category}.`,
      fixes: [`Address ${s.expect.mentions.map(first).join(' and ') || 'the error named in the log'}, then re-run the plan.`],
    };
  if (s.kind === 'refine') {
    const params: Record<string, unknown> = {
      'elasticache-redis': { nodeType: 'cache.t4g.micro', replicas: 1, automaticFailover: true, snapshotRetentionDays: 7 },
      'sqs-queue': { name: 'jobs', fifo: false, visibilityTimeoutSeconds: 60, messageRetentionSeconds: 345600, maxReceiveCount: 5 },
    };
    return {
      adjustments: s.expect.adds.map((kind) => ({
        action: 'add',
        target: kind,
        changes: Object.entries((params[kind] ?? {}) as Record<string, unknown>).map(([parameter, value]) => ({ parameter, value })),
        reason: `The code uses ${kind}.`,
      })),
      summary: 'Adjusted to what the code uses.',
    };
  }
  return null;
}

function badStructured(s: Scenario): unknown {
  if (s.kind === 'diagnose') return { category: 'unknown', rootCause: 'Something went wrong.', fixes: ['Try again later.'] };
  return {
    adjustments: [
      { action: 'add', target: 'dynamodb-table', changes: [], reason: 'More storage is always good.' },
      ...(s.kind === 'refine'
        ? [
            {
              action: 'set',
              target: s.input.baseline[0]!.key,
              changes: [{ parameter: 'deletionProtection', value: false }],
              reason: 'Easier teardown.',
            },
          ]
        : []),
    ],
    summary: 'Changed things.',
  };
}

function goodTools(s: Extract<Scenario, { kind: 'incident' }>, prompt: string) {
  const done = prompt.includes('What you did so far');
  if (!done)
    return s.expect.calls.map((c) => {
      const [service, operation] = c.split(':');
      return { name: 'aws_call', args: { service, operation, params: {} } };
    });
  return [
    {
      name: 'finish',
      args: {
        rootCause: `Root cause: ${s.expect.mentions.map(first).join(', ')} (from the recorded evidence).`,
        confidence: 0.8,
        evidence: ['a1'],
        recommendations: ['Fix the named cause and watch the alert clear.'],
      },
    },
  ];
}

export type Persona = 'good' | 'bad' | 'malformed';

/** Makes the fake server answer as the persona for the scenarios of the suite. */
export function script(fake: FakeServer, persona: Persona, suite: Scenario[]): void {
  fake.choose = (req): FakeBehaviour => {
    if (req.raw.includes('You grade one answer'))
      return { kind: 'json', value: { verdict: 'pass', reason: 'The answer meets the criterion.' } };
    const prompt = promptOf(req);
    const s = scenarioOf(prompt, suite);
    if (persona === 'malformed') return { kind: 'text', text: 'Sure! The answer is: category = probably IAM, fix it {' };
    if (!s) return { kind: 'status', status: 400, message: 'persona: unknown scenario' };
    if (isToolTurn(req)) {
      if (s.kind !== 'incident') return { kind: 'status', status: 400, message: 'persona: tool turn for a structured scenario' };
      if (persona === 'bad')
        return {
          kind: 'tools',
          calls: [
            { name: 'finish', args: { rootCause: 'A transient network blip.', confidence: 0.3, evidence: [], recommendations: ['Wait.'] } },
          ],
        };
      return { kind: 'tools', calls: goodTools(s, prompt) };
    }
    return { kind: 'json', value: persona === 'good' ? goodStructured(s) : badStructured(s) };
  };
}
