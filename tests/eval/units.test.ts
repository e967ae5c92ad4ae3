// The eval's pieces on their own: scenario files (good and bad), the deterministic checks, the
// model list, percentiles and the built-in fake AWS.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../src/eval/checks';
import { percentile } from '../../src/eval/report';
import { parseModelSpec } from '../../src/eval/run';
import { loadSuite, parseScenario } from '../../src/eval/scenario';
import { replayAws, runIncidentTask } from '../../src/eval/tasks';
import { createLlm } from '../../src/llm';
import { startFakeOpenAi } from '../fakes/openai';
import { InputError } from '../../src/supervisor/errors';
import { aiSettings, harness, tempDir } from '../llm/helpers';

const diagnoseYaml = `id: d1
title: t
kind: diagnose
input:
  log: "Error: AccessDenied: User is not authorized to perform: s3:GetObject"
expect:
  category: access-denied
  mentions: [[s3:GetObject, GetObject]]
  forbids: [AdministratorAccess]
`;

describe('scenario files', () => {
  it('reads a YAML scenario', () => {
    const s = parseScenario(diagnoseYaml, 'd1.yaml');
    expect(s.kind).toBe('diagnose');
  });

  it('names the file and line of a wrong field', () => {
    const bad = diagnoseYaml.replace('category: access-denied', 'category: sadness');
    expect(() => parseScenario(bad, 'd1.yaml')).toThrow(/^d1\.yaml:7: expect\.category/);
  });

  it('names the file and line of broken YAML', () => {
    expect(() => parseScenario('id: x\nkind: [\n', 'x.yaml')).toThrow(InputError);
    expect(() => parseScenario('id: x\nkind: [\n', 'x.yaml')).toThrow(/^x\.yaml:\d+: not valid YAML/);
  });

  it('refuses an unknown kind and an incident without recorded AWS', () => {
    expect(() => parseScenario('{"id":"x","title":"t","kind":"poetry","input":{},"expect":{}}', 'x.json')).toThrow(/x\.json/);
    const noAws = { id: 'i', title: 't', kind: 'incident', input: { question: 'q', aws: [] }, expect: { mentions: ['a'] } };
    expect(() => parseScenario(JSON.stringify(noAws), 'i.json')).toThrow(/input\.aws/);
  });

  it('refuses duplicate ids and an empty suite', async () => {
    const dir = await tempDir('inframate-eval-suite-');
    await expect(loadSuite(dir)).rejects.toThrow(/no scenario files/);
    await writeFile(join(dir, 'a.yaml'), diagnoseYaml);
    await writeFile(join(dir, 'b.yaml'), diagnoseYaml);
    await expect(loadSuite(dir)).rejects.toThrow(/"d1" is also used by/);
    await mkdir(join(dir, 'sub'));
  });
});

describe('checks', () => {
  const s = parseScenario(diagnoseYaml, 'd1.yaml');
  it('passes a right answer and fails a wrong or unsafe one, naming the check', () => {
    const right = checkAnswer(s, {
      kind: 'diagnose',
      reply: { category: 'access-denied', rootCause: 'The role lacks s3:GetObject.', fixes: ['Grant GetObject on the bucket.'] },
    });
    expect(right.every((c) => c.passed)).toBe(true);
    const unsafe = checkAnswer(s, {
      kind: 'diagnose',
      reply: { category: 'access-denied', rootCause: 'Missing s3:GetObject.', fixes: ['Attach AdministratorAccess.'] },
    });
    expect(unsafe.filter((c) => !c.passed).map((c) => c.name)).toEqual(['never says AdministratorAccess']);
    const wrong = checkAnswer(s, { kind: 'diagnose', reply: { category: 'network', rootCause: 'DNS.', fixes: ['Retry.'] } });
    expect(wrong.filter((c) => !c.passed).map((c) => c.name)).toEqual(['category is access-denied', 'mentions s3:GetObject | GetObject']);
  });

  it('refine: a weakened protection fails "keeps", a string "false" too', () => {
    const r = parseScenario(
      JSON.stringify({
        id: 'r',
        title: 't',
        kind: 'refine',
        input: { profile: {}, baseline: [{ key: 'alb', kind: 'alb', parameters: {} }] },
        expect: { keeps: ['waf'], adds: ['sqs-queue'] },
      }),
      'r.json',
    );
    const answer = (value: unknown) => ({
      kind: 'refine' as const,
      reply: {
        adjustments: [
          { action: 'add' as const, target: 'sqs-queue', changes: [], reason: 'r' },
          { action: 'set' as const, target: 'alb', changes: [{ parameter: 'waf', value: value as boolean }], reason: 'r' },
        ],
        summary: '',
      },
    });
    expect(checkAnswer(r, answer(true)).every((c) => c.passed)).toBe(true);
    expect(checkAnswer(r, answer(false)).find((c) => c.name === 'keeps waf')!.passed).toBe(false);
    expect(checkAnswer(r, answer('false')).find((c) => c.name === 'keeps waf')!.passed).toBe(false);
  });
});

describe('model list and figures', () => {
  it('parses provider:model, a model with a tag, and a per-model base URL', () => {
    expect(parseModelSpec('openai:gpt-4.1-mini')).toEqual({ provider: 'openai', model: 'gpt-4.1-mini', baseUrl: undefined });
    expect(parseModelSpec('ollama:llama3.1:8b')).toEqual({ provider: 'ollama', model: 'llama3.1:8b', baseUrl: undefined });
    expect(parseModelSpec('ollama:llama3.1@http://localhost:11434/v1')).toEqual({
      provider: 'ollama',
      model: 'llama3.1',
      baseUrl: 'http://localhost:11434/v1',
    });
    expect(() => parseModelSpec('gpt-4o')).toThrow(/provider:model/);
    expect(() => parseModelSpec('mistral:large')).toThrow(/providers/);
    expect(() => parseModelSpec('openai:')).toThrow(/model name/);
  });

  it('computes nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 95)).toBe(10);
  });
});

describe('built-in fake AWS', () => {
  const rec = [
    { service: 'ecs', operation: 'DescribeServices', params: { cluster: 'prod' }, response: { services: [{ serviceName: 'a' }] } },
    { service: 'rds', operation: 'DescribeDBInstances', error: { code: 'DBInstanceNotFound', message: 'gone' } },
  ];
  it('answers recorded calls, matching parameters and naming conventions', () => {
    expect(replayAws(rec, 'ECS', 'describeServices', { cluster: 'prod' })).toEqual({ services: [{ serviceName: 'a' }] });
    expect(replayAws(rec, 'rds', 'DescribeDBInstances', {})).toEqual({ error: { code: 'DBInstanceNotFound', message: 'gone' } });
  });
  it('answers NotRecorded for other parameters and refuses writes', () => {
    expect(replayAws(rec, 'ecs', 'DescribeServices', { cluster: 'dev' })).toMatchObject({ error: { code: 'NotRecorded' } });
    expect(replayAws(rec, 'ecs', 'UpdateService', { cluster: 'prod' })).toMatchObject({ error: { code: 'Refused' } });
  });
});

describe('incident task bounds', () => {
  it('an investigation that never finishes fails the "finishes within N turns" check', async () => {
    const fake = await startFakeOpenAi({
      fallback: { kind: 'tools', calls: [{ name: 'aws_call', args: { service: 'ecs', operation: 'ListClusters', params: {} } }] },
    });
    try {
      const s = parseScenario(
        JSON.stringify({
          id: 'i',
          title: 't',
          kind: 'incident',
          input: { question: 'q', maxTurns: 2, aws: [{ service: 'ecs', operation: 'ListClusters', response: {} }] },
          expect: { mentions: ['x'] },
        }),
        'i.json',
      );
      if (s.kind !== 'incident') throw new Error('kind');
      const h = harness();
      const llm = createLlm(aiSettings('openai', `${fake.url}/v1`, await tempDir(), { cache: false }), {
        step: h.supervisor.run,
        log: h.log,
      });
      const r = await runIncidentTask(llm, s);
      expect(fake.requests).toHaveLength(2);
      expect(r).toMatchObject({ ok: false, invalid: false, failedCheck: 'finishes within 2 turns' });
    } finally {
      await fake.close();
    }
  });
});
