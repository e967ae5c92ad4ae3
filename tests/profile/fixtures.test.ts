// Every repository under tests/fixtures/repos/<name>/ is profiled and compared exactly with the
// expected.json beside it. UPDATE_EXPECTED=1 rewrites them (review the diff before committing).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';

const root = join(import.meta.dirname, '..', 'fixtures', 'repos');
const names = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('fixture corpus', () => {
  it('has at least 20 repositories, each with an expected profile', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const n of names) expect(existsSync(join(root, n, 'expected.json')), n).toBe(true);
  });

  for (const name of names) {
    it(`profiles ${name} exactly as expected`, async () => {
      const dir = join(root, name);
      // Walk (not the git index) so the result does not depend on what is committed; the
      // expected.json file itself is data, not part of the repository being profiled.
      const profile = await profileDirectory(dir, { source: 'walk', rootName: name });
      const file = join(dir, 'expected.json');
      if (process.env.UPDATE_EXPECTED) writeFileSync(file, JSON.stringify(profile, null, 2) + '\n');
      expect(profile).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
