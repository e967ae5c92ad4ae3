// Every fixture repository, at both ends of the requirement space, yields a module that passes the gate.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDirectory } from '../../src/profile';
import { recommend } from '../../src/recommend';
import { renderModule } from '../../src/terraform/render';
import { validateModule } from '../../src/terraform/validate';
import { requirements } from '../recommend/helpers';

const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');
const names = existsSync(REPOS)
  ? readdirSync(REPOS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : [];
const VARIANTS = {
  'dev, tiny budget': requirements({ environment: 'dev', budgetMonthly: 30, availability: 'low' }),
  'prod, high availability': requirements({ environment: 'prod', availability: 'high', notes: ['Aurora Serverless v2 please'] }),
};

describe('fixture repositories pass the gate', () => {
  // A moved or emptied fixture directory must fail here, not turn this suite into zero tests.
  it('finds the fixture repositories', () => expect(names.length).toBeGreaterThan(10));
  for (const name of names) {
    it(name, async () => {
      const profile = await profileDirectory(join(REPOS, name), { source: 'walk' });
      for (const [label, req] of Object.entries(VARIANTS)) {
        const rec = recommend(profile, req);
        const m = renderModule({
          project: 'fx',
          environment: req.environment,
          region: req.region,
          tags: {},
          components: rec.components,
          serviceDatastores: rec.serviceDatastores,
        });
        const v = await validateModule('/tmp/fx', m.files);
        const problems = [
          ...v.schemaErrors.map((e) => e.message),
          ...v.unresolvedReferences.map((u) => `${u.address} → ${u.reference}`),
          ...v.findings.map((f) => `${f.ruleId} ${f.resource}`),
        ];
        expect(problems, `${name} (${label})`).toEqual([]);
        expect(v.passed).toBe(true);
      }
    });
  }
});
