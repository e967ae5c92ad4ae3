// A unit whose name cannot be a Service Connect alias (one character, a digit first) must not fail
// the plan: found on a repository whose package.json is named "x".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { buildRunContract } from '../../src/runcontract';
import { defaultRequirements } from '../../src/spec';

describe('unit names that are not valid short names', () => {
  it.each(['x', '1api', 'A_B'])('package "%s" still gets a plan with a valid alias', async (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-short-'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name, dependencies: { express: '^4.19.0' }, scripts: { start: 'node index.js' } }),
    );
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node:24-alpine\nEXPOSE 3000\nCMD ["node", "index.js"]\n');
    const profile = await profileDirectory(dir);
    const contract = await buildRunContract(dir, profile);
    const plan = recommend(profile, defaultRequirements('defaults'), contract);
    const wired = plan.components.flatMap((c) => (c.parameters as { wiring?: { aliases?: string[] } }).wiring?.aliases ?? []);
    for (const alias of wired) expect(alias).toMatch(/^[a-z][a-z0-9-]{0,30}[a-z0-9]$/);
    expect(plan.components.length).toBeGreaterThan(0);
  });
});
