// analyze's deployable-generation path on the run-contract corpus: profile → run contract →
// recommend (wiring) → render → validation gate with the contract (schema, references, security,
// deployability) → deploy workflow, per repository; the largest repository (most files) is reported
// on its own. Baseline in the same run: render + gate without a contract.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileDirectory } from '../src/profile';
import { recommend } from '../src/recommend';
import { deployWorkflow } from '../src/recommend/workflow';
import { buildRunContract } from '../src/runcontract';
import { defaultRequirements } from '../src/spec';
import { renderModule } from '../src/terraform/render';
import { loadProviderSchema, validateModule } from '../src/terraform/validate';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '..', 'tests', 'fixtures', 'runcontract');
const countFiles = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : 1), 0);
const names = readdirSync(corpus).filter((d) => statSync(join(corpus, d)).isDirectory());
const largest = names.map((n) => ({ n, files: countFiles(join(corpus, n)) })).sort((a, b) => b.files - a.files)[0]!;
const schema = loadProviderSchema();
const req = { ...defaultRequirements('defaults', 'us-east-1'), appName: 'bench' };

async function run(name: string, withContract: boolean) {
  const dir = join(corpus, name);
  const t0 = performance.now();
  const profile = await profileDirectory(dir, { source: 'walk' });
  const contract = withContract ? await buildRunContract(dir, profile) : undefined;
  const rec = recommend(profile, req, contract);
  const m = renderModule({
    project: 'bench',
    environment: 'dev',
    region: 'us-east-1',
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
  });
  const v = await validateModule(join(dir, 'infra'), m.files, { schema, contract });
  deployWorkflow({ namePrefix: 'bench-dev', region: 'us-east-1', branch: 'main', components: rec.components, profile, outDir: 'infra' });
  const ms = performance.now() - t0;
  const lines = (root: boolean) =>
    [...m.files]
      .filter(([f]) => f.endsWith('.tf') && f.startsWith('modules/') !== root)
      .reduce((n, [, t]) => n + t.split('\n').length - 1, 0);
  return {
    ms,
    passed: v.passed,
    services: rec.components.filter((c) => c.kind === 'ecs-fargate-service').length,
    rootLines: lines(true),
    moduleLines: lines(false),
  };
}

await run(names[0]!, true); // warm-up (hcl2json WASM, schema)
const rounds = 5;
let best = Infinity;
let last = { ms: 0, passed: false, services: 0, rootLines: 0, moduleLines: 0 };
for (let i = 0; i < rounds; i++) {
  last = await run(largest.n, true);
  best = Math.min(best, last.ms);
}
// The fixture with the most services (microservices-demo, 10 ECS services): the module layout's
// root size and the same full path.
const most = 'microservices-demo';
let mostBest = Infinity;
let mostLast = { ms: 0, passed: false, services: 0, rootLines: 0, moduleLines: 0 };
for (let i = 0; i < rounds; i++) {
  mostLast = await run(most, true);
  mostBest = Math.min(mostBest, mostLast.ms);
}
let base = Infinity;
for (let i = 0; i < rounds; i++) base = Math.min(base, (await run(largest.n, false)).ms);
let total = 0;
let passed = 0;
for (const n of names) {
  const r = await run(n, true);
  total += r.ms;
  if (r.passed) passed++;
}
console.log(
  `largest fixture ${largest.n} (${largest.files} files, ${last.services} services): full analyze path with the run contract ` +
    `best of ${rounds} ${best.toFixed(0)} ms (baseline without contract ${base.toFixed(0)} ms); gate ${last.passed ? 'passed' : 'failed'}`,
);
console.log(
  `most services ${most} (${mostLast.services} services): full analyze path best of ${rounds} ${mostBest.toFixed(0)} ms; ` +
    `root .tf ${mostLast.rootLines} lines, local modules ${mostLast.moduleLines} lines`,
);
console.log(
  `corpus: ${names.length} repositories in ${total.toFixed(0)} ms (${(total / names.length).toFixed(0)} ms each); ${passed}/${names.length} pass every gate`,
);
