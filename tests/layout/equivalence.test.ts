// The module layout (one local module per component kind, called with for_each over a map) must
// generate the same infrastructure as the one-file-per-component layout it replaced: the same
// evaluated resources (types, settings, per unit). The inventories under
// tests/fixtures/layout-inventory/ were captured from the goldens and the run-contract corpus
// BEFORE the switch (CAPTURE_INVENTORY=1 npx vitest run tests/layout/equivalence.test.ts) and are
// never regenerated from the new layout. When other work changed the infrastructure deliberately
// (the run contract's datastore and DNS rules), they were captured again from that work's tree with
// the old layout before merging. The two Lambda goldens (repo-static-html, serverless-dynamodb) were
// captured after the functions module replaced the single-function template (a placeholder package,
// split log and data policies): a change of infrastructure, not of layout.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { buildRunContract } from '../../src/runcontract';
import { defaultRequirements } from '../../src/spec';
import { renderModule } from '../../src/terraform/render';
import { inventory, normalizeLine } from './inventory';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const GOLDEN = join(FIXTURES, 'golden');
const CORPUS = join(FIXTURES, 'runcontract');
const STORED = join(FIXTURES, 'layout-inventory');
const capture = process.env.CAPTURE_INVENTORY === '1';

function filesUnder(dir: string): Map<string, string> {
  const names = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(names.map((f) => [f.split('\\').join('/'), readFileSync(join(dir, f), 'utf8')]));
}

/** A run-contract fixture generated the way analyze does (profile → contract → recommend → render). */
async function corpusModule(name: string): Promise<Map<string, string>> {
  const dir = join(CORPUS, name);
  const profile = await profileDirectory(dir, { source: 'walk' });
  const contract = await buildRunContract(dir, profile);
  const rec = recommend(profile, { ...defaultRequirements('defaults', 'us-east-1'), appName: name.slice(0, 20) }, contract);
  return renderModule({
    project: 'app',
    environment: 'dev',
    region: 'us-east-1',
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
  }).files;
}

const goldens = readdirSync(GOLDEN).filter((d) => statSync(join(GOLDEN, d)).isDirectory());
const corpus = readdirSync(CORPUS).filter((d) => statSync(join(CORPUS, d)).isDirectory());

async function check(name: string, files: Map<string, string>) {
  const stored = join(STORED, `${name}.json`);
  const now = await inventory(files);
  if (capture) {
    mkdirSync(STORED, { recursive: true });
    writeFileSync(stored, `${JSON.stringify(now, null, 1)}\n`);
    return;
  }
  expect(existsSync(stored), `${stored} (captured before the layout change)`).toBe(true);
  const before = (JSON.parse(readFileSync(stored, 'utf8')) as string[]).map(normalizeLine);
  const missing = before.filter((x, i) => before.indexOf(x) === i && count(before, x) > count(now, x));
  const added = now.filter((x, i) => now.indexOf(x) === i && count(now, x) > count(before, x));
  expect({ missing, added }).toEqual({ missing: [], added: [] });
}
const count = (xs: string[], x: string) => xs.filter((y) => y === x).length;

describe('layout equivalence: the same evaluated resources as before the module layout', () => {
  for (const g of goldens) it(`golden ${g}`, () => check(`golden-${g}`, filesUnder(join(GOLDEN, g))), 60_000);
  for (const c of corpus) it(`run-contract fixture ${c}`, async () => check(`corpus-${c}`, await corpusModule(c)), 60_000);
});
