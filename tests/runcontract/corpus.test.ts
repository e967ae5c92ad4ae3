// The run-contract corpus: 20 real public applications (tests/fixtures/runcontract/*, each with its
// SOURCE.md), each with an expected run contract written by hand before the stage ran on it, and a
// holdout of 10 more in two rounds (tests/fixtures/runcontract-holdout/*) written by hand before the stage
// first ran on them, measured separately so that fixes tuned on the corpus show whether they generalise. The
// agreement over all fields is printed and must stay at or above the recorded floors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { buildRunContract } from '../../src/runcontract';
import { agreement, type Expected } from './agreement';

const FIXTURES = join(__dirname, '..', 'fixtures');
const names = (dir: string) =>
  readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort();
/** Agreement floors: the measured figures rounded down (see /docs/run-contract.md). */
const SETS = [
  { set: 'runcontract', min: 20, floor: 0.9 },
  { set: 'runcontract-holdout', min: 10, floor: 0.9 },
] as const;

async function measure(dir: string): Promise<{ agreed: number; total: number; lines: string[] }> {
  let agreed = 0;
  let total = 0;
  const lines: string[] = [];
  for (const n of names(dir)) {
    const root = join(dir, n);
    const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as Expected;
    const profile = await profileDirectory(root, { source: 'walk' });
    const contract = await buildRunContract(root, profile);
    const deployed = contract.units.filter((u) => u.deployed || contract.selfDeployed);
    const stores = [...new Set(deployed.flatMap((u) => u.datastores))];
    const a = agreement(expected, contract, stores);
    agreed += a.agreed;
    total += a.total;
    lines.push(`${n}: ${a.agreed}/${a.total}${a.misses.length ? `\n    - ${a.misses.join('\n    - ')}` : ''}`);
  }
  return { agreed, total, lines };
}

describe.each(SETS)('run-contract fixtures $set', ({ set, min, floor }) => {
  const dir = join(FIXTURES, set);
  it(`has at least ${min} applications, each with a source note and an expected contract`, () => {
    expect(names(dir).length).toBeGreaterThanOrEqual(min);
    for (const n of names(dir)) {
      expect(readFileSync(join(dir, n, 'SOURCE.md'), 'utf8')).toMatch(/Commit: [0-9a-f]{40}/);
      expect(readFileSync(join(dir, n, 'SOURCE.md'), 'utf8')).toMatch(/Licence: \S/);
      expect(JSON.parse(readFileSync(join(dir, n, 'expected.json'), 'utf8'))).toHaveProperty('units');
    }
  });

  it(`agrees with the hand-written contracts on at least ${floor * 100}% of the fields`, { timeout: 120_000 }, async () => {
    const { agreed, total, lines } = await measure(dir);
    const figure = agreed / total;
    console.log(`run-contract agreement (${set}): ${agreed}/${total} = ${(figure * 100).toFixed(1)}%\n${lines.join('\n')}`);
    expect(figure).toBeGreaterThanOrEqual(floor);
  });
});
