// filesOfUnit finds a unit's files in a sorted list by binary search: the same files, in the same
// order, as a pass over every path.
import { describe, expect, it } from 'vitest';
import { filesOfUnit } from '../../src/runcontract/files';

/** The definition: under the unit's folder and not under a nested unit's folder. */
function reference(paths: readonly string[], unitPath: string, others: readonly string[]): string[] {
  const prefix = unitPath === '.' || unitPath === '' ? '' : unitPath.replace(/\/+$/, '') + '/';
  const nested = others
    .filter((p) => p !== unitPath && p !== '.' && (prefix === '' || p.startsWith(prefix)))
    .map((p) => p.replace(/\/+$/, '') + '/');
  return paths.filter((p) => p.startsWith(prefix) && !nested.some((n) => p.startsWith(n)));
}

function random(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

describe('filesOfUnit', () => {
  it('equals the definition on sorted and unsorted lists', () => {
    const rnd = random(19);
    const parts = ['a', 'a-b', 'a.b', 'ab', 'api', 'api2', 'svc', 'svc-1', 'svc-10', 'é', 'Z', 'src', 'x.ts'];
    const pick = () => parts[Math.floor(rnd() * parts.length)]!;
    for (let round = 0; round < 40; round++) {
      const paths = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(rnd() * 4) }, pick).join('/'));
      const units = ['.', ...Array.from({ length: 6 }, () => Array.from({ length: 1 + Math.floor(rnd() * 2) }, pick).join('/'))];
      const sorted = [...paths].sort();
      for (const unit of units) {
        expect(filesOfUnit(sorted, unit, units)).toEqual(reference(sorted, unit, units));
        expect(filesOfUnit(paths, unit, units)).toEqual(reference(paths, unit, units));
      }
    }
  });
});
