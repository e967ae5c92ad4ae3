// Golden generated modules: the exact files analyze writes for representative repositories, each
// passing the validation gate. Regenerate after an intended template change with
//   UPDATE_GOLDEN=1 npx vitest run tests/generate/golden.test.ts
// and review the diff like any other code change.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/types';
import { createLogger } from '../../src/core/log';
import { profileDirectory } from '../../src/profile';
import type { Profile } from '../../src/profile/types';
import { recommend } from '../../src/recommend';
import { MANIFEST } from '../../src/terraform/write';
import { generateTerraform } from '../../src/recommend/generate';
import type { Settings } from '../../src/settings';
import { parseRequirements } from '../../src/spec';
import type { Requirements } from '../../src/spec/types';
import { Supervisor } from '../../src/supervisor/step';
import { apiProfile, profile, requirements, service } from '../recommend/helpers';

const GOLDEN = join(import.meta.dirname, '..', 'fixtures', 'golden');
const REPOS = join(import.meta.dirname, '..', 'fixtures', 'repos');
const update = process.env.UPDATE_GOLDEN === '1';

function context(dir: string): CommandContext {
  const supervisor = new Supervisor();
  const settings = { dir, out: join(dir, 'infra'), dryRun: false, force: false } as Settings;
  return { settings, step: supervisor.run, supervisor, log: createLogger({ quiet: true } as never) };
}

/** Run the generation stages of analyze into a fresh temp dir; return the report and the files written. */
async function generate(dir: string, p: Profile, req: Requirements) {
  rmSync(dir, { recursive: true, force: true });
  const ctx = context(dir);
  const tf = await generateTerraform(ctx, { requirements: req, recommendation: recommend(p, req), profile: p });
  const out = join(dir, 'infra');
  // The module's files; the manifest of what Inframate wrote (.inframate-generated.json) is not part of it.
  const files = new Map(
    existsSync(out)
      ? filesUnder(out)
          .filter((f) => f !== MANIFEST)
          .map((f) => [f, readFileSync(join(out, f), 'utf8')])
      : [],
  );
  return { tf, files, errors: ctx.supervisor.report() };
}

/** Files under a directory, relative, with forward slashes (the workflow lives in .github/workflows/). */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

interface Scenario {
  name: string;
  load: () => Promise<{ profile: Profile; req: Requirements }>;
}

const SCENARIOS: Scenario[] = [
  { name: 'container-api-dev', load: async () => ({ profile: apiProfile(), req: requirements() }) },
  {
    name: 'container-api-prod-ha',
    load: async () => {
      const p = apiProfile();
      p.services.push(service({ name: 'worker', dockerfile: 'worker/Dockerfile', datastores: ['postgresql'] }));
      return {
        profile: { ...p, messaging: ['sqs'] },
        req: requirements({ environment: 'prod', availability: 'high', budgetMonthly: 3000 }),
      };
    },
  },
  {
    name: 'static-site',
    load: async () => ({
      profile: profile([service({ name: 'web', frameworks: ['react', 'vite'], build: 'npm run build' })]),
      req: requirements({ environment: 'prod' }),
    }),
  },
  {
    name: 'serverless-dynamodb',
    load: async () => ({
      profile: profile([service({ name: 'handler', languages: ['python'], datastores: ['dynamodb'] })], { messaging: ['sns'] }),
      req: requirements(),
    }),
  },
  {
    name: 'polyglot-mongo-search-aurora',
    load: async () => ({
      profile: profile([
        service({
          name: 'api',
          languages: ['python'],
          frameworks: ['django'],
          datastores: ['mongodb', 'opensearch'],
          dockerfile: 'api/Dockerfile',
          port: 8000,
        }),
        service({
          name: 'billing',
          languages: ['java'],
          frameworks: ['spring-boot'],
          datastores: ['postgresql'],
          dockerfile: 'billing/Dockerfile',
        }),
      ]),
      req: requirements({ environment: 'staging', notes: ['The database must be Aurora Serverless v2'] }),
    }),
  },
];

// Fixture repositories (tests/fixtures/repos/*) and the example get goldens too.
const repoDirs = [
  ...(existsSync(REPOS)
    ? readdirSync(REPOS, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => ({ name: `repo-${d.name}`, dir: join(REPOS, d.name) }))
    : []),
  ...(existsSync(join(import.meta.dirname, '..', '..', 'examples', 'bookstore'))
    ? [{ name: 'example-bookstore', dir: join(import.meta.dirname, '..', '..', 'examples', 'bookstore') }]
    : []),
];
for (const r of repoDirs) {
  SCENARIOS.push({
    name: r.name,
    load: async () => {
      const spec = join(r.dir, 'inframate.md');
      const req = existsSync(spec)
        ? parseRequirements(readFileSync(spec, 'utf8'), { file: 'inframate.md', defaultRegion: 'us-east-1' })
        : requirements({ appName: undefined });
      return { profile: await profileDirectory(r.dir, { source: 'walk' }), req };
    },
  });
}

describe('golden modules', () => {
  // A private parent folder per run: two runs of the suite at once must not write into each other.
  const base = mkdtempSync(join(tmpdir(), 'inframate-golden-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  for (const s of SCENARIOS) {
    it(`${s.name}: passes the gate and matches its golden files`, async () => {
      const { profile: p, req } = await s.load();
      const dir = join(base, s.name.replace(/^(repo|example)-/, ''));
      const { tf, files, errors } = await generate(dir, p, req);
      expect(errors.total).toBe(0);
      expect(tf.validation.parseErrors).toEqual([]);
      expect(tf.validation.schemaErrors).toEqual([]);
      expect(tf.validation.unresolvedReferences).toEqual([]);
      expect(tf.validation.findings.map((f) => `${f.ruleId} ${f.resource}`)).toEqual([]);
      expect(tf.validation.passed).toBe(true);
      expect(tf.written).toBe(true);
      const goldenDir = join(GOLDEN, s.name);
      if (update || (!existsSync(goldenDir) && s.name.startsWith('repo-'))) {
        rmSync(goldenDir, { recursive: true, force: true });
        mkdirSync(goldenDir, { recursive: true });
        for (const [f, text] of files) {
          mkdirSync(dirname(join(goldenDir, f)), { recursive: true });
          writeFileSync(join(goldenDir, f), text);
        }
      }
      expect(filesUnder(goldenDir)).toEqual([...files.keys()].sort());
      for (const [f, text] of files) expect(text, `${s.name}/${f}`).toBe(readFileSync(join(goldenDir, f), 'utf8'));
      // Generous: the machine may be shared, and a full gate run per module takes a few hundred ms alone.
    }, 30_000);
  }
});
