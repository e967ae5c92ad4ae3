// Every `--format json` output of the bundled CLI is checked against its JSON Schema in schemas/
// (docs/reference.md documents the same shapes). Schemas of commands not built yet (drift,
// diagnose, incident, inspect, eval) are compiled here and checked against their contract examples.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ROOT } from './runner';

const CLI = process.env.INFRAMATE_E2E_CLI || join(ROOT, 'dist', 'cli.js');
const SCHEMAS = join(ROOT, 'schemas');

const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const f of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')))
  ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, f), 'utf8')));
const validator = (name: string) => ajv.getSchema(`https://inframate.dev/schemas/${name}.schema.json`)!;

function json(args: string[]): unknown {
  const r = spawnSync(process.execPath, [CLI, ...args, '--format', 'json', '--no-ai'], { encoding: 'utf8', timeout: 120_000 });
  expect([0, 1], r.stderr).toContain(r.status);
  return JSON.parse(r.stdout);
}

function expectValid(name: string, doc: unknown) {
  const validate = validator(name);
  const ok = validate(doc);
  expect(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
}

const WEBAPP = join(ROOT, 'tests', 'fixtures', 'cost', 'webapp');

describe('JSON Schemas', () => {
  it('compile, one per command with JSON output plus the shared error report', () => {
    for (const name of [
      'analyze',
      'secure',
      'optimize',
      'visualize',
      'auto',
      'drift',
      'diagnose',
      'incident',
      'inspect',
      'eval',
      'error-report',
    ]) {
      expect(validator(name), name).toBeTypeOf('function');
    }
  });

  it('reject a document that breaks the contract (the check can fail)', () => {
    const errors = { errors: [], total: 0, recovered: 0, unrecovered: 0 };
    expect(validator('secure')({ schemaVersion: 1, command: 'secure', findings: [{ ruleId: 'x' }], summary: {}, errors })).toBe(false);
    expect(validator('optimize')({ schemaVersion: 2, command: 'optimize', errors })).toBe(false);
  });

  it('accept the contract examples of the commands still to come', () => {
    const errors = { errors: [], total: 0, recovered: 0, unrecovered: 0 };
    const plan = {
      requiresApproval: true,
      steps: [{ order: 1, action: 'import', command: 'terraform import …', risk: 'low', rationale: '…' }],
    };
    expectValid('drift', {
      schemaVersion: 1,
      command: 'drift',
      driftItems: [
        {
          address: 'aws_instance.web',
          type: 'aws_instance',
          driftType: 'modified',
          severity: 'medium',
          differences: [{ path: 'tags.Env', expected: 'prod', actual: 'dev' }],
        },
      ],
      recoveryPlan: plan,
      errors,
    });
    expectValid('diagnose', {
      schemaVersion: 1,
      command: 'diagnose',
      diagnoses: [
        {
          category: 'access-denied',
          errorCode: 'AccessDenied',
          service: 's3',
          resource: 'aws_s3_bucket.logs',
          file: 's3.tf',
          line: 12,
          summary: '…',
          rootCause: '…',
          fixes: ['…'],
          confidence: 0.9,
          source: 'rules',
        },
      ],
      errors,
    });
    const investigation = {
      source: 'rules',
      actions: [{ id: 'a1', service: 'ecs', operation: 'DescribeServices', params: {}, status: 'executed', reason: null, summary: '…' }],
      discoveries: [{ id: 'd1', fact: '…', evidence: ['a1'] }],
      iterations: 2,
      stopReason: 'answered',
    };
    const rootCause = { summary: '…', confidence: 0.8, evidence: ['d1'] };
    expectValid('incident', {
      schemaVersion: 1,
      command: 'incident',
      groups: [
        {
          groupKey: 'k',
          status: 'firing',
          alerts: [{ fingerprint: 'f', alertname: 'HighErrorRate', labels: {}, startsAt: '2026-01-01T00:00:00Z' }],
        },
      ],
      investigation,
      rootCause,
      recoveryPlan: plan,
      similarIncidents: [],
      errors,
    });
    expectValid('inspect', {
      schemaVersion: 1,
      command: 'inspect',
      question: 'why?',
      investigation,
      rootCause,
      recoveryPlan: plan,
      errors,
    });
    expectValid('eval', {
      schemaVersion: 1,
      command: 'eval',
      models: [
        {
          provider: 'gemini',
          model: 'gemini-2.5-flash',
          passRate: 0.9,
          invalidOutputRate: 0,
          inputTokens: 1,
          outputTokens: 1,
          costUsd: 0,
          latencyMs: { p50: 1, p95: 2 },
        },
      ],
      scenarios: [],
      errors,
    });
  });
});

describe.skipIf(!existsSync(CLI))('dist/cli.js --format json matches its schema', () => {
  it('secure, and secure --list-rules', () => {
    expectValid('secure', json(['secure', WEBAPP]));
    expectValid('secure', json(['secure', '--list-rules']));
  });

  it('optimize and visualize', () => {
    expectValid('optimize', json(['optimize', WEBAPP]));
    expectValid('visualize', json(['visualize', WEBAPP]));
  });

  it('analyze and auto on the bundled example repository', () => {
    const repo = join(mkdtempSync(join(tmpdir(), 'inframate-schema-')), 'bookstore');
    cpSync(join(ROOT, 'examples', 'bookstore'), repo, { recursive: true });
    expectValid('analyze', json(['analyze', repo, '--dry-run']));
    const auto = json(['auto', repo]) as { analyze?: unknown };
    expect(auto.analyze).toBeTruthy();
    expectValid('auto', auto);
  }, 180_000);

  it('auto on a repository without inframate.md still analyzes it, and says the defaults were used', () => {
    const repo = join(mkdtempSync(join(tmpdir(), 'inframate-schema-')), 'nospec');
    cpSync(join(ROOT, 'examples', 'bookstore'), repo, { recursive: true });
    const spec = join(repo, 'inframate.md');
    if (existsSync(spec)) cpSync(spec, join(repo, 'REQUIREMENTS.txt'));
    spawnSync('rm', ['-f', spec]);
    const auto = json(['auto', repo, '--dry-run']) as { analyze?: { requirements?: { source?: string } } };
    expectValid('auto', auto);
    expect(auto.analyze?.requirements?.source).toBe('defaults');
    const md = spawnSync(process.execPath, [CLI, 'auto', repo, '--dry-run', '--no-ai'], { encoding: 'utf8', timeout: 120_000 }).stdout;
    expect(md).toMatch(/\| analyze \| .*no inframate\.md: default requirements, environment \w+, region [a-z0-9-]+\)/);
  }, 180_000);

  it('auto on a Terraform-only tree skips analyze and says why', () => {
    const auto = json(['auto', WEBAPP]) as { analyze?: unknown; analyzeSkipped?: string };
    expectValid('auto', auto);
    expect(auto.analyze).toBeUndefined();
    expect(auto.analyzeSkipped).toMatch(/no inframate\.md and no application/);
  });
});
