// drift over real `terraform show -json` plans, plan logs and state files (tests/fixtures/drift/SOURCES.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDriftInput } from '../../src/drift/inputs';
import { FIXTURES, runDriftCommand, showJson } from './helpers';

describe('drift from terraform show -json plans', () => {
  it('drift: the refreshed attribute, expected vs actual', async () => {
    const { exitCode, report } = await runDriftCommand({ plan: showJson('drift'), format: 'json' });
    expect(exitCode).toBe(0);
    expect(report!.driftItems).toHaveLength(1);
    expect(report!.driftItems[0]).toMatchObject({
      address: 'test_instance.should_refresh',
      driftType: 'modified',
      differences: [{ path: 'ami', expected: 'refresh-me', actual: 'refreshed' }],
    });
    // The other planned update is code not yet applied, not drift.
    expect(report!.summary.pendingChanges).toBe(1);
    expect(report!.recoveryPlan.requiresApproval).toBe(true);
    expect(report!.recoveryPlan.steps.map((s) => s.action)).toEqual(['confirm', 'revert']);
    expect(report!.recoveryPlan.steps[1].command).toBe(
      "terraform plan -target='test_instance.should_refresh' -out=drift-revert.tfplan && terraform apply drift-revert.tfplan",
    );
    expect(report!.recoveryPlan.steps[1].changes).toEqual(['ami: "refreshed" → "refresh-me"']);
  });

  it('moved + drift: the new address, the previous one kept', async () => {
    const { report } = await runDriftCommand({ plan: showJson('moved-drift') });
    expect(report!.driftItems).toMatchObject([
      { address: 'test_instance.should_refresh_with_move', previousAddress: 'test_instance.should_refresh', driftType: 'modified' },
    ]);
  });

  it('moved without drift is no drift', async () => {
    const { report } = await runDriftCommand({ plan: showJson('moved') });
    expect(report!.driftItems).toEqual([]);
  });

  it('replace: the replacement, its reason and the paths forcing it', async () => {
    const { report, exitCode } = await runDriftCommand({ plan: showJson('requires-replace'), 'fail-on': 'medium' });
    expect(report!.driftItems).toMatchObject([
      { address: 'test_instance.test', driftType: 'replaced', reason: 'replace_because_cannot_update; forced by ami' },
    ]);
    expect(report!.recoveryPlan.steps[1]).toMatchObject({ action: 'review-replacement', risk: 'high' });
    expect(exitCode).toBe(1);
  });

  it('delete outside Terraform: missing, with a re-create step', async () => {
    const { report } = await runDriftCommand({ plan: showJson('derived-delete-drift') });
    const missing = report!.driftItems.find((i) => i.driftType === 'missing');
    expect(missing).toMatchObject({ address: 'tfcoremock_simple_resource.example', id: 'my-simple-resource' });
    expect(report!.recoveryPlan.steps.find((s) => s.action === 'recreate')?.command).toContain(
      "-target='tfcoremock_simple_resource.example'",
    );
  });

  it('a delete planned because the code dropped the resource is a pending change, not drift', async () => {
    const { report } = await runDriftCommand({ plan: showJson('basic-delete') });
    expect(report!.driftItems).toEqual([]);
    expect(report!.summary.pendingChanges).toBe(2);
  });

  it('refresh-only plans: drift found; none when there is none', async () => {
    const drifted = await runDriftCommand({ plan: showJson('eq-drift_refresh_only') });
    expect(drifted.report!.inputs.planKind).toBe('refresh-only-plan');
    expect(drifted.report!.driftItems[0].differences).toEqual([{ path: 'string', expected: 'Hello, world!', actual: 'Hello, drift!' }]);
    const clean = await runDriftCommand({ plan: showJson('refresh-only') });
    expect(clean.report!.driftItems).toEqual([]);
    expect(clean.output).toContain('No drift');
  });

  it('no drift in a plain update plan', async () => {
    const { report, exitCode } = await runDriftCommand({ plan: showJson('basic-update'), 'fail-on': 'low' });
    expect(report!.driftItems).toEqual([]);
    expect(exitCode).toBe(0);
  });

  it('the streaming plan -json log: drift lines become items (no values), moves kept', async () => {
    const { report } = await runDriftCommand({ plan: join(FIXTURES, 'plan-log', 'drift.log') });
    expect(report!.driftItems.map((i) => [i.address, i.driftType, i.previousAddress])).toEqual([
      ['test_resource.beep', 'missing', undefined],
      ['test_resource.boop', 'modified', 'test_resource.blep'],
    ]);
    const full = await runDriftCommand({ plan: join(FIXTURES, 'plan-log', 'full.log') });
    expect(full.report!.driftItems).toEqual([]);
    expect(full.report!.summary.pendingChanges).toBe(2);
  });
});

describe('state files', () => {
  it('reads a real v4 AWS state: dependants from the graph', async () => {
    const text = readFileSync(join(FIXTURES, 'aws-project', 'terraform.tfstate'), 'utf8');
    const input = parseDriftInput('terraform.tfstate', text);
    expect(input.kind).toBe('state');
    const { resourcesFromStateV4 } = await import('../../src/drift/state');
    const resources = resourcesFromStateV4((input as Extract<typeof input, { kind: 'state' }>).state);
    expect(resources).toHaveLength(16);
    expect(resources.find((r) => r.address === 'aws_vpc.myvpc')?.attributes.id).toBe('vpc-00b9c9a2b522b7eaf');
  });

  it('reads Terraform roundtrip v4 states (modules, for_each, legacy flatmap)', async () => {
    const { resourcesFromStateV4 } = await import('../../src/drift/state');
    for (const name of ['v4-modules', 'v4-foreach', 'v4-simple']) {
      const input = parseDriftInput(name, readFileSync(join(FIXTURES, 'terraform-state', `${name}.tfstate`), 'utf8'));
      expect(input.kind, name).toBe('state');
      const resources = resourcesFromStateV4((input as Extract<typeof input, { kind: 'state' }>).state);
      expect(resources.length, name).toBeGreaterThan(0);
      if (name === 'v4-modules') expect(resources.some((r) => r.address === 'module.modB.null_resource.bar["a"]')).toBe(true);
    }
  });
});

describe('bad input: exit 2 naming the file and the problem', () => {
  it.each([['tfc-redacted', /Terraform Cloud \/ HCP Terraform redacted plan/]])('%s', async (name, message) => {
    const { exitCode, logs } = await runDriftCommand({ plan: showJson(name) });
    expect(exitCode).toBe(2);
    expect(logs.join('\n')).toMatch(message);
    expect(logs.join('\n')).toContain(`${name}.json`);
  });

  it('malformed JSON names the line and column', () => {
    expect(() => parseDriftInput('plan.json', '{\n  "format_version": "1.2",\n  "resource_changes": [,]\n}')).toThrow(/line 3, column 24/);
    expect(() => parseDriftInput('plan.json', '{\n  "format_version": "1.2",\n  "resource_changes": [')).toThrow(/line 3, column/);
    expect(() => parseDriftInput('plan.json', '{\n  "format_version": 1.2.3\n}')).toThrow(/line 2, column/);
  });

  it.each([
    ['{"format_version":"2.0","resource_changes":[]}', /unsupported plan format_version "2.0"/],
    ['{"version":3,"modules":[]}', /state version 3 is not supported/],
    ['{"format_version":"1.2","resource_changes":[{"address":"x"}]}', /resource_changes\[0\] is not a resource change/],
    ['[]', /expected a JSON object/],
    ['{"hello":1}', /not a Terraform plan, state or plan log/],
    ['', /empty/],
    ['PK\u0003\u0004binary', /binary plan file/],
    ['{"@level":"info","type":"version"}\nnot json', /line 2 is not a JSON log line/],
  ])('%s', (text, message) => {
    expect(() => parseDriftInput('input.json', text)).toThrow(message);
  });

  it('a missing file and no input at all are usage errors', async () => {
    expect((await runDriftCommand({ plan: join(FIXTURES, 'nope.json') })).exitCode).toBe(2);
    expect((await runDriftCommand({})).exitCode).toBe(2);
  });

  it('fuzz: truncated and mutated real plans never crash (input error or a report)', () => {
    const text = readFileSync(showJson('moved-drift'), 'utf8');
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      const cut = text.slice(0, Math.floor(rand() * text.length));
      const i = Math.floor(rand() * text.length);
      const mutated = text.slice(0, i) + '"{}[],:0'[Math.floor(rand() * 8)] + text.slice(i + 1);
      for (const t of [cut, mutated]) {
        try {
          parseDriftInput('fuzz.json', t);
        } catch (error) {
          expect((error as Error).name).toBe('InputError');
        }
      }
    }
  });
});
