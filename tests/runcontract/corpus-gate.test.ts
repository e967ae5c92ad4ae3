// Every generated module satisfies its fixture's run contract: for each repository of the corpus and
// the holdout, profile → run contract → recommend (wiring) → render → validation gate with the contract
// enforced (schema, references, security, deployability). Third-party settings the team fills in are
// listed (not failures); every failure names rule, resource and message.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { buildRunContract } from '../../src/runcontract';
import { defaultRequirements } from '../../src/spec';
import { renderModule } from '../../src/terraform/render';
import { loadProviderSchema, validateModule } from '../../src/terraform/validate';

const FIXTURES = join(__dirname, '..', 'fixtures');
const repos = ['runcontract', 'runcontract-holdout'].flatMap((set) =>
  readdirSync(join(FIXTURES, set))
    .filter((d) => statSync(join(FIXTURES, set, d)).isDirectory())
    .sort()
    .map((n) => ({ set, n })),
);

describe('generated modules satisfy their fixture run contracts', () => {
  const schema = loadProviderSchema();
  const req = { ...defaultRequirements('defaults', 'us-east-1'), appName: 'corpus' };
  it.each(repos)('$set/$n', { timeout: 60_000 }, async ({ set, n }) => {
    const dir = join(FIXTURES, set, n);
    const profile = await profileDirectory(dir, { source: 'walk' });
    const contract = await buildRunContract(dir, profile);
    const rec = recommend(profile, req, contract);
    const m = renderModule({
      project: 'corpus',
      environment: 'dev',
      region: 'us-east-1',
      tags: {},
      components: rec.components,
      serviceDatastores: rec.serviceDatastores,
    });
    const v = await validateModule(join(dir, 'infra'), m.files, { schema, contract, enforceContract: true });
    const failures = [
      ...v.deployability.failures.map((f) => `${f.rule} ${f.resource}: ${f.message}`),
      ...v.parseErrors.map((e) => `parse ${e.file}: ${e.message}`),
      ...v.schemaErrors.map((e) => `schema ${JSON.stringify(e)}`),
      ...v.unresolvedReferences.map((r) => `reference ${JSON.stringify(r)}`),
      ...v.findings.map((f) => `security ${f.ruleId} ${f.resource}: ${f.title}`),
    ];
    expect(failures).toEqual([]);
    expect(v.passed).toBe(true);
  });
});
