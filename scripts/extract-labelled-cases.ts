// Extracts labelled cases for every Checkov and Trivy id our rules alias, from the scanners' own
// test data, into test fixtures (each with its source path and commit):
//
//   npx tsx scripts/extract-labelled-cases.ts CHECKOV_GIT_DIR TRIVY_CHECKS_GIT_DIR
//
// Both arguments are git directories (bare clones are fine: files are read with `git show`) of
// github.com/bridgecrewio/checkov (Apache-2.0) and github.com/aquasecurity/trivy-checks (MIT).
//  - Checkov resource, data and provider checks: tests/terraform/checks/<kind>/aws/test_<Check>.py
//    names an example_<Check>/ folder of Terraform and the passing_resources / failing_resources sets;
//  - or the test writes its cases inline (a dict in Checkov's parsed-HCL form, or an HCL string given
//    to hcl2.loads): scripts/checkov-inline-tests.py parses the test with Python's ast (python3 on
//    PATH) and each test method becomes one case, <ID>.<method>/, its dict rendered as HCL (blocks
//    told from attributes by the bundled AWS provider schema), its HCL string written as it is.
//  - Checkov graph checks (CKV2_*): tests/terraform/graph/checks/resources/<Check>/ with expected.yaml.
//  - Trivy: checks/cloud/aws/**/<check>.yaml, terraform.good / terraform.bad snippets.
// Cases already in tests/fixtures/checkov-labelled (curated by hand) are left as they are.
// Output: tests/fixtures/checkov-labelled/<ID>/ and tests/fixtures/trivy-labelled/<ID>/<good|bad>-<n>/.
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ALL_RULES } from '../src/checks/rules';

const [checkovGit, trivyGit] = process.argv.slice(2);
if (!checkovGit || !trivyGit) {
  console.error('usage: tsx scripts/extract-labelled-cases.ts CHECKOV_GIT_DIR TRIVY_CHECKS_GIT_DIR');
  process.exit(2);
}
const ROOT = join(import.meta.dirname, '..');
const CHECKOV_OUT = join(ROOT, 'tests', 'fixtures', 'checkov-labelled');
const TRIVY_OUT = join(ROOT, 'tests', 'fixtures', 'trivy-labelled');
const MAX_TF_BYTES = 200_000;

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
/** File texts by git dir and path: testOf reads the same test files once per check otherwise. */
const shown = new Map<string, string | undefined>();
const tryShow = (dir: string, path: string): string | undefined => {
  const key = `${dir}\0${path}`;
  if (shown.has(key)) return shown.get(key);
  let text: string | undefined;
  try {
    text = git(dir, 'show', `HEAD:${path}`);
  } catch {
    text = undefined;
  }
  shown.set(key, text);
  return text;
};
const listFiles = (dir: string, prefix: string): string[] => {
  try {
    return git(dir, 'ls-tree', '-r', '--name-only', 'HEAD', prefix).split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

const aliases = new Set(ALL_RULES.flatMap((r) => r.aliases));
const checkovIds = [...aliases].filter((a) => a.startsWith('CKV'));
const trivyIds = [...aliases].filter((a) => a.startsWith('AVD-'));

// ---- Checkov --------------------------------------------------------------------------------
const checkovCommit = git(checkovGit, 'rev-parse', 'HEAD').trim();
const checkFiles = listFiles(checkovGit, 'checkov/terraform/checks');
const checkFileSet = new Set(checkFiles);
type CheckKind = 'resource' | 'data' | 'provider' | 'graph';
interface CheckovCheck {
  name: string;
  graph: boolean;
  kind: CheckKind;
  text: string;
}
/** An id can name several checks (a resource check and a data-source check): all are extracted. */
const idToCheck = new Map<string, CheckovCheck[]>();
for (const path of checkFiles.filter((p) => /\/aws\/[^/]+\.(py|yaml)$/.test(p) && /(resource|graph_checks|data|provider)\/aws\//.test(p))) {
  const text = tryShow(checkovGit, path);
  if (!text) continue;
  const m = /\b(?:check_)?id(?:\s*=\s*|:\s*)"(CKV2?_AWS_\d+)"/.exec(text);
  const kind = (/checks\/(resource|data|provider|graph_checks)\//.exec(path)?.[1]?.replace('graph_checks', 'graph') ??
    'resource') as CheckKind;
  if (m)
    idToCheck.set(m[1]!, [
      ...(idToCheck.get(m[1]!) ?? []),
      { name: path.replace(/^.*\//, '').replace(/\.(py|yaml)$/, ''), graph: path.endsWith('.yaml'), kind, text },
    ]);
}
// A same-named check of another kind whose id comes from a shared base class (IAMCredentialsExposure
// is a data-source check with a literal id and a resource check inheriting it).
for (const checks of idToCheck.values()) {
  for (const c of [...checks]) {
    for (const kind of ['resource', 'data'] as const) {
      const path = `checkov/terraform/checks/${kind}/aws/${c.name}.py`;
      if (c.graph || kind === c.kind || !checkFileSet.has(path) || checks.some((x) => x.kind === kind)) continue;
      checks.push({ name: c.name, graph: false, kind, text: tryShow(checkovGit, path) ?? '' });
    }
  }
}
const KIND_ORDER: CheckKind[] = ['resource', 'graph', 'data', 'provider'];
for (const checks of idToCheck.values()) checks.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
const testFiles = listFiles(checkovGit, 'tests/terraform/checks').filter((p) => /\/test_[^/]+\.py$/.test(p));
const testFileSet = new Set(testFiles);
/** The unit test of a check: test_<Check>.py beside it, else the test file importing it. */
function testOf(check: CheckovCheck): string | undefined {
  const usual = `tests/terraform/checks/${check.kind}/aws/test_${check.name}.py`;
  if (testFileSet.has(usual)) return usual;
  const importLine = `checks.${check.kind}.aws.${check.name} import`;
  return testFiles.filter((p) => p.includes(`/${check.kind}/aws/`)).find((p) => tryShow(checkovGit, p)?.includes(importLine));
}

const stringSet = (py: string, name: string): string[] | undefined => {
  const m = new RegExp(`${name}\\s*=\\s*(?:set\\()?[{\\[]([^}\\]]*)[}\\]]`).exec(py);
  if (!m) return undefined;
  // Entries commented out in the test (`#"aws_x.y",  # later`) are not part of the set Checkov asserts.
  const body = m[1]!.replace(/#[^\n]*/g, '');
  return [...body.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!);
};

interface Written {
  id: string;
  dir: string;
  labelled: number;
}
const writtenCheckov: Written[] = [];
const skippedCheckov: string[] = [];

/** Rewrites a case; the reviewed differences (and an invalidTerraform note) in its expected.json are kept. */
function writeCase(outDir: string, files: Map<string, string>, expected: object) {
  const old = existsSync(join(outDir, 'expected.json'))
    ? (JSON.parse(readFileSync(join(outDir, 'expected.json'), 'utf8')) as {
        knownDifferences?: unknown;
        knownDifference?: unknown;
        invalidTerraform?: unknown;
      })
    : {};
  const kept = {
    ...(old.knownDifferences ? { knownDifferences: old.knownDifferences } : {}),
    ...(old.knownDifference ? { knownDifference: old.knownDifference } : {}),
    ...(old.invalidTerraform ? { invalidTerraform: old.invalidTerraform } : {}),
  };
  expected = { ...expected, ...kept };
  rmSync(outDir, { recursive: true, force: true });
  for (const [rel, text] of files) {
    const to = join(outDir, rel);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, text);
  }
  writeFileSync(join(outDir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
}

function tfFiles(gitDir: string, folder: string): Map<string, string> {
  const files = new Map<string, string>();
  let total = 0;
  for (const p of listFiles(gitDir, folder + '/')) {
    if (!/\.tf(\.json)?$/.test(p)) continue;
    const text = tryShow(gitDir, p);
    if (text === undefined) continue;
    total += text.length;
    if (total > MAX_TF_BYTES) break;
    files.set(p.slice(folder.length + 1), text);
  }
  return files;
}

// ---- Checkov tests written inline ----------------------------------------------------------
interface InlineTest {
  method: string;
  result: string;
  scan: string;
  line: number;
  dict?: Record<string, unknown>;
  hcl?: string;
  block?: [string, string, string | null];
}
interface SchemaBlock {
  b?: Record<string, SchemaBlock>;
}
const schema = JSON.parse(gunzipSync(readFileSync(join(ROOT, 'src', 'terraform', 'schema', 'aws-provider.json.gz'))).toString('utf8')) as {
  resources: Record<string, SchemaBlock>;
  data: Record<string, SchemaBlock>;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hclValue = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(hclValue).join(', ')}]`;
  return `{ ${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `${JSON.stringify(k)} = ${hclValue(x)}`)
    .join(', ')} }`;
};
/**
 * Checkov's parsed-HCL dict as HCL: attribute values come wrapped in a one-element list, blocks as
 * a list of dicts. Whether a key is a block is the provider schema's word when the type is known,
 * else a list of dicts whose own values are lists.
 */
function hclBody(conf: Record<string, unknown>, block: SchemaBlock | undefined, indent: string): string[] {
  const lines: string[] = [];
  for (const [k, raw] of Object.entries(conf)) {
    if (k.startsWith('__')) continue; // Checkov's bookkeeping (__address__, __start_line__ …)
    const items = Array.isArray(raw) ? raw : [raw];
    const isBlock = block
      ? block.b?.[k] !== undefined
      : items.length > 0 && items.every((x) => isObject(x) && Object.values(x).every(Array.isArray));
    if (isBlock && items.every(isObject)) {
      for (const item of items) lines.push(`${indent}${k} {`, ...hclBody(item, block?.b?.[k], indent + '  '), `${indent}}`);
    } else {
      lines.push(`${indent}${k} = ${hclValue(Array.isArray(raw) && raw.length === 1 ? raw[0] : raw)}`);
    }
  }
  return lines;
}
const dedent = (text: string): string => {
  const lines = text
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
};
const supportedResources = (checkText: string): string[] => {
  const m = /supported_(?:resources|data|entities)\s*=\s*[([]([^)\]]*)[)\]]/.exec(checkText);
  return m ? [...m[1]!.matchAll(/["']([\w]+)["']/g)].map((x) => x[1]!) : [];
};

function extractInline(id: string, check: CheckovCheck, testPath: string, py: string) {
  let parsed: { tests: InlineTest[]; skipped: { method: string; why: string }[] };
  try {
    parsed = JSON.parse(
      execFileSync('python3', [join(ROOT, 'scripts', 'checkov-inline-tests.py')], { input: py, encoding: 'utf8' }),
    ) as typeof parsed;
  } catch (e) {
    skippedCheckov.push(`${id}: ${testPath} could not be parsed (${(e as Error).message.split('\n')[0]})`);
    return;
  }
  for (const s of parsed.skipped) skippedCheckov.push(`${id}: ${testPath} ${s.method}: ${s.why}`);
  const types = supportedResources(check.text);
  let written = 0;
  for (const t of parsed.tests) {
    if (t.result !== 'PASSED' && t.result !== 'FAILED') {
      skippedCheckov.push(`${id}: ${testPath} ${t.method}: asserts ${t.result} (neither pass nor fail)`);
      continue;
    }
    let hcl: string;
    let address: string;
    if (t.hcl !== undefined && t.block) {
      hcl = dedent(t.hcl);
      const [kind, type, name] = t.block;
      // A unit test may hand the check a resource of a type it does not support (scan_resource_conf called
      // directly): a Checkov scan never runs the check on that type, so the test labels no verdict of Checkov's.
      if (kind !== 'provider' && types.length > 0 && !types.includes(type)) {
        skippedCheckov.push(`${id}: ${testPath} ${t.method}: ${type} is not among the check's supported resources (${types.join(', ')})`);
        continue;
      }
      const alias = kind === 'provider' ? /\balias\s*=\s*"([^"]+)"/.exec(hcl)?.[1] : undefined;
      address = kind === 'provider' ? `provider.${type}${alias ? `.${alias}` : ''}` : `${kind === 'data' ? 'data.' : ''}${type}.${name}`;
    } else if (t.dict) {
      const name = t.method;
      if (check.kind === 'provider') {
        hcl = ['provider "aws" {', ...hclBody(t.dict, undefined, '  '), '}', ''].join('\n');
        address = 'provider.aws';
      } else {
        const type = types[0];
        if (!type) {
          skippedCheckov.push(`${id}: ${testPath} ${t.method}: a dict case, and the check names no resource type`);
          continue;
        }
        const data = check.kind === 'data';
        const block = (data ? schema.data : schema.resources)[type];
        hcl = [`${data ? 'data' : 'resource'} "${type}" "${name}" {`, ...hclBody(t.dict, block, '  '), '}', ''].join('\n');
        address = `${data ? 'data.' : ''}${type}.${name}`;
      }
    } else continue;
    const label = t.result === 'FAILED' ? 'failing' : 'passing';
    writeCase(join(CHECKOV_OUT, `${id}.${t.method}`), new Map([['main.tf', hcl]]), {
      ruleAlias: id,
      source: `github.com/bridgecrewio/checkov@${checkovCommit.slice(0, 12)} ${testPath} ${t.method} (line ${t.line}, ${t.dict ? 'dict rendered as HCL' : 'inline HCL'}) (Apache-2.0)`,
      extracted: true,
      failing: label === 'failing' ? [address] : [],
      passing: label === 'passing' ? [address] : [],
    });
    written++;
  }
  if (written) writtenCheckov.push({ id, dir: testPath, labelled: written });
  else skippedCheckov.push(`${id}: ${testPath} gave no plain inline case`);
}

for (const id of checkovIds.sort()) {
  const existing = join(CHECKOV_OUT, id, 'expected.json');
  if (existsSync(existing) && !(JSON.parse(readFileSync(existing, 'utf8')) as { extracted?: boolean }).extracted) continue; // curated by hand
  const checks = idToCheck.get(id);
  if (!checks) {
    skippedCheckov.push(`${id}: check source not found`);
    continue;
  }
  checks.forEach((check, i) => extractCheck(id, check, i === 0 ? id : `${id}.${check.kind}`));
}

/** One check's labelled cases: its example folder (written to tests/fixtures/checkov-labelled/<dirName>) or its inline cases. */
function extractCheck(id: string, check: CheckovCheck, dirName: string) {
  let folder: string;
  let failing: string[] | undefined;
  let passing: string[] | undefined;
  let source: string;
  if (check.graph) {
    folder = `tests/terraform/graph/checks/resources/${check.name}`;
    const expected = tryShow(checkovGit, `${folder}/expected.yaml`);
    if (!expected) {
      skippedCheckov.push(`${id}: no ${folder}/expected.yaml`);
      return;
    }
    const y = (parse(expected) ?? {}) as { pass?: string[]; fail?: string[] };
    passing = y.pass ?? [];
    failing = y.fail ?? [];
    source = `${folder}/expected.yaml`;
  } else {
    const testPath = testOf(check) ?? `tests/terraform/checks/${check.kind}/aws/test_${check.name}.py`;
    const py = tryShow(checkovGit, testPath);
    const ex = py ? /["'/](example_[\w-]+)["']/.exec(py) : null;
    passing = py ? stringSet(py, 'passing_resources') : undefined;
    failing = py ? stringSet(py, 'failing_resources') : undefined;
    if (py && !ex && !passing && !failing) {
      extractInline(id, check, testPath, py);
      return;
    }
    if (!py || !ex || !passing || !failing) {
      skippedCheckov.push(`${id}: ${testPath} has neither an example folder with passing/failing resource sets nor inline cases`);
      return;
    }
    // Checkov labels data sources without the `data.` prefix our addresses carry.
    if (check.kind === 'data') [passing, failing] = [passing.map((r) => `data.${r}`), failing.map((r) => `data.${r}`)];
    folder = `tests/terraform/checks/${check.kind}/aws/${ex[1]}`;
    source = `${testPath} + ${folder}/`;
  }
  const files = tfFiles(checkovGit, folder);
  if (files.size === 0) {
    skippedCheckov.push(`${id}: no Terraform in ${folder}`);
    return;
  }
  if (check.graph) {
    // expected.yaml names data sources without the `data.` prefix too: add it to the names the
    // folder declares as a data source only.
    const data = new Set<string>();
    const resources = new Set<string>();
    for (const tf of files.values())
      for (const m of tf.matchAll(/^\s*(data|resource)\s+"([\w-]+)"\s+"([\w-]+)"/gm))
        (m[1] === 'data' ? data : resources).add(`${m[2]}.${m[3]}`);
    const address = (r: string) => (data.has(r) && !resources.has(r) ? `data.${r}` : r);
    [passing, failing] = [passing.map(address), failing.map(address)];
  }
  writeCase(join(CHECKOV_OUT, dirName), files, {
    ruleAlias: id,
    source: `github.com/bridgecrewio/checkov@${checkovCommit.slice(0, 12)} ${source} (Apache-2.0)`,
    extracted: true,
    failing,
    passing,
  });
  writtenCheckov.push({ id, dir: folder, labelled: failing.length + passing.length });
}

// ---- Trivy ----------------------------------------------------------------------------------
const trivyCommit = git(trivyGit, 'rev-parse', 'HEAD').trim();
const trivyFiles = listFiles(trivyGit, 'checks/cloud/aws');
const writtenTrivy: string[] = [];
const skippedTrivy: string[] = [];
const regoById = new Map<string, string>();
for (const p of trivyFiles.filter((f) => f.endsWith('.rego') && !f.endsWith('_test.rego'))) {
  const text = tryShow(trivyGit, p);
  const m = text ? /#\s+id:\s*AWS-(\d{4})/.exec(text) : null;
  if (m) regoById.set(`AVD-AWS-${m[1]}`, p);
}
for (const id of trivyIds.sort()) {
  const rego = regoById.get(id);
  if (!rego) {
    skippedTrivy.push(`${id}: check not found`);
    continue;
  }
  const yamlPath = rego.replace(/\.rego$/, '.yaml');
  const text = tryShow(trivyGit, yamlPath);
  const examples = text ? ((parse(text) ?? {}) as { terraform?: { good?: string[]; bad?: string[] } }).terraform : undefined;
  if (!examples) {
    skippedTrivy.push(`${id}: no terraform examples in ${yamlPath}`);
    continue;
  }
  for (const verdict of ['good', 'bad'] as const) {
    (examples[verdict] ?? []).forEach((hcl, i) => {
      writeCase(join(TRIVY_OUT, id, `${verdict}-${i + 1}`), new Map([['main.tf', hcl.endsWith('\n') ? hcl : hcl + '\n']]), {
        ruleAlias: id,
        source: `github.com/aquasecurity/trivy-checks@${trivyCommit.slice(0, 12)} ${yamlPath} terraform.${verdict}[${i}] (MIT)`,
        verdict,
      });
    });
  }
  writtenTrivy.push(id);
}

console.log(`Checkov: ${writtenCheckov.length} cases written (${writtenCheckov.reduce((n, w) => n + w.labelled, 0)} labelled resources)`);
console.log(`Checkov skipped (${skippedCheckov.length}):\n  ${skippedCheckov.join('\n  ')}`);
console.log(`Trivy: ${writtenTrivy.length} checks written; skipped (${skippedTrivy.length}):\n  ${skippedTrivy.join('\n  ')}`);
