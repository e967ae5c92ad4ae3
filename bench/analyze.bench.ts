// The generation stages of analyze (recommend → render → validation gate) on the fixture
// repositories' profiles, against the baseline of only parsing the same files with hcl2json.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileDirectory } from '../src/profile';
import { recommend } from '../src/recommend';
import { defaultRequirements } from '../src/spec';
import { parseHcl } from '../src/terraform/hcl';
import { renderModule } from '../src/terraform/render';
import { loadProviderSchema, validateModule } from '../src/terraform/validate';

const here = dirname(fileURLToPath(import.meta.url));
const repos = join(here, '..', 'tests', 'fixtures', 'repos');
const names = readdirSync(repos, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const t0 = performance.now();
const schema = loadProviderSchema();
const schemaMs = performance.now() - t0;
await parseHcl('warm.tf', 'locals {\n  a = 1\n}\n');

const req = { ...defaultRequirements('defaults', 'us-east-1'), environment: 'prod' as const, availability: 'high' as const };
let render = 0;
let gate = 0;
let parse = 0;
let files = 0;
let resources = 0;
let passed = 0;
for (const name of names) {
  const profile = await profileDirectory(join(repos, name), { source: 'walk' });
  const a = performance.now();
  const rec = recommend(profile, req);
  const m = renderModule({
    project: 'bench',
    environment: 'prod',
    region: 'us-east-1',
    tags: {},
    components: rec.components,
    serviceDatastores: rec.serviceDatastores,
  });
  const b = performance.now();
  const v = await validateModule('/tmp/bench', m.files, { schema });
  const c = performance.now();
  for (const [f, text] of m.files) if (f.endsWith('.tf')) await parseHcl(f, text);
  const d = performance.now();
  render += b - a;
  gate += c - b;
  parse += d - c;
  files += m.files.size;
  resources += v.resourcesChecked;
  if (v.passed) passed++;
}
const n = names.length;
process.stdout.write(
  [
    `fixture repositories: ${n} (prod, high availability), ${files} files, ${resources} resources/data sources; ${passed}/${n} passed the gate`,
    `schema load (gunzip + JSON, once): ${schemaMs.toFixed(0)} ms`,
    `recommend + render: ${(render / n).toFixed(1)} ms per module`,
    `validation gate (parse, schema, references, ${'security scan'}): ${(gate / n).toFixed(1)} ms per module`,
    `baseline, hcl2json parse only of the same files: ${(parse / n).toFixed(1)} ms per module`,
  ].join('\n') + '\n',
);
