import { afterEach, describe, expect, it } from 'vitest';
import { readActionInputs } from '../../src/action/inputs';

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
});

function withInputs(inputs: Record<string, string>) {
  // The runner's naming: INPUT_ + upper case, hyphens kept.
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

describe('readActionInputs', () => {
  it('maps inputs onto the option table, output-dir onto --out, and applies defaults', () => {
    withInputs({
      'fail-on': 'medium',
      'output-dir': 'terraform',
      'var-file': 'a.tfvars\nb.tfvars',
      'no-ai': 'true',
      'pr-labels': 'infra, bot',
    });
    const i = readActionInputs();
    expect(i.raw).toMatchObject({ 'fail-on': 'medium', out: 'terraform', 'var-file': ['a.tfvars', 'b.tfvars'], 'no-ai': 'true' });
    expect(i).toMatchObject({
      command: 'analyze',
      dir: '.',
      createPr: true,
      comment: true,
      annotations: true,
      issues: true,
      prLabels: ['infra', 'bot'],
    });
  });

  it('rejects malformed booleans and branch names with a clear input error', () => {
    withInputs({ 'create-pr': 'maybe' });
    expect(() => readActionInputs()).toThrow(/input "create-pr" must be true or false/);
    delete process.env['INPUT_CREATE-PR'];
    for (const bad of ['../main', 'a..b', 'x.lock', 'has space', '/abs']) {
      process.env['INPUT_PR-BRANCH'] = bad;
      expect(() => readActionInputs(), bad).toThrow(/pr-branch/);
    }
    process.env['INPUT_PR-BRANCH'] = 'bots/inframate-infra';
    expect(readActionInputs().prBranch).toBe('bots/inframate-infra');
  });
});
