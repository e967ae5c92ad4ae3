// The run-contract corpus: 20 real public applications (tests/fixtures/runcontract/*, each with its
// SOURCE.md), each with an expected run contract written by hand before the stage ran on it. The
// agreement over all fields is printed and must stay at or above the recorded floor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { buildRunContract } from '../../src/runcontract';
import { agreement, type Expected } from './agreement';

const CORPUS = join(__dirname, '..', 'fixtures', 'runcontract');
const NAMES = readdirSync(CORPUS)
  .filter((n) => !n.startsWith('.'))
  .sort();
/** Agreement floor: the measured figure rounded down (see /docs/run-contract.md). */
const FLOOR = 0.8;

describe('run-contract corpus', () => {
  it('has at least 20 applications, each with a source note and an expected contract', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(20);
    for (const n of NAMES) {
      expect(readFileSync(join(CORPUS, n, 'SOURCE.md'), 'utf8')).toMatch(/Commit: [0-9a-f]{40}/);
      expect(JSON.parse(readFileSync(join(CORPUS, n, 'expected.json'), 'utf8'))).toHaveProperty('units');
    }
  });

  it(`agrees with the hand-written contracts on at least ${FLOOR * 100}% of the fields`, { timeout: 120_000 }, async () => {
    let agreed = 0;
    let total = 0;
    const lines: string[] = [];
    for (const n of NAMES) {
      const dir = join(CORPUS, n);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const profile = await profileDirectory(dir, { source: 'walk' });
      const contract = await buildRunContract(dir, profile);
      const deployed = contract.units.filter((u) => u.deployed || contract.selfDeployed);
      const stores = [...new Set(deployed.flatMap((u) => u.datastores))];
      const a = agreement(expected, contract, stores);
      agreed += a.agreed;
      total += a.total;
      lines.push(`${n}: ${a.agreed}/${a.total}${a.misses.length ? `\n    - ${a.misses.join('\n    - ')}` : ''}`);
    }
    const figure = agreed / total;
    console.log(`run-contract agreement: ${agreed}/${total} = ${(figure * 100).toFixed(1)}%\n${lines.join('\n')}`);
    expect(figure).toBeGreaterThanOrEqual(FLOOR);
  });
});
