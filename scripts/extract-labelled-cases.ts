// Extracts labelled cases for every Checkov and Trivy id our rules alias, from the scanners' own
// test data, into test fixtures (each with its source path and commit):
//
//   npx tsx scripts/extract-labelled-cases.ts CHECKOV_GIT_DIR TRIVY_CHECKS_GIT_DIR
//
// Both arguments are git directories (bare clones are fine: files are read with `git show`) of
// github.com/bridgecrewio/checkov (Apache-2.0) and github.com/aquasecurity/trivy-checks (MIT).
//  - Checkov resource checks: tests/terraform/checks/resource/aws/test_<Check>.py names an
//    example_<Check>/ folder of Terraform and the passing_resources / failing_resources sets.
//  - Checkov graph checks (CKV2_*): tests/terraform/graph/checks/resources/<Check>/ with expected.yaml.
//  - Trivy: checks/cloud/aws/**/<check>.yaml, terraform.good / terraform.bad snippets.
// Cases already in tests/fixtures/checkov-labelled (curated by hand) are left as they are.
// Output: tests/fixtures/checkov-labelled/<ID>/ and tests/fixtures/trivy-labelled/<ID>/<good|bad>-<n>/.
import { execFileSync } from 'node:child_process';
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
const tryShow = (dir: string, path: string): string | undefined => {
  try {
    return git(dir, 'show', `HEAD:${path}`);
  } catch {
    return undefined;
  }
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
const idToCheck = new Map<string, { name: string; graph: boolean; kind: 'resource' | 'data' }>();
for (const path of checkFiles.filter((p) => /\/aws\/[^/]+\.(py|yaml)$/.test(p) && /(resource|graph_checks|data)\/aws\//.test(p))) {
  const text = tryShow(checkovGit, path);
  if (!text) continue;
  const m = /\b(?:check_)?id(?:\s*=\s*|:\s*)"(CKV2?_AWS_\d+)"/.exec(text);
  if (m && !idToCheck.has(m[1]!))
    idToCheck.set(m[1]!, {
      name: path.replace(/^.*\//, '').replace(/\.(py|yaml)$/, ''),
      graph: path.endsWith('.yaml'),
      kind: path.includes('/data/aws/') ? 'data' : 'resource',
    });
}

const stringSet = (py: string, name: string): string[] | undefined => {
  const m = new RegExp(`${name}\\s*=\\s*(?:set\\()?[{\\[]([^}\\]]*)[}\\]]`).exec(py);
  if (!m) return undefined;
  return [...m[1]!.matchAll(/["']([^"']+)["']/g)].map((x) => x[1]!);
};

/**
 * Tests written as inline snippets (`hcl2.loads("""…""")` then `scan_resource_conf` and
 * `assertEqual(CheckResult.PASSED|FAILED, …)`): each snippet becomes part of one main.tf, its
 * resources renamed `<name>__<n>` so snippets reusing a name do not collide. UNKNOWN results are left out.
 */
function inlineCases(py: string): { hcl: string; failing: string[]; passing: string[] } | undefined {
  const parts: string[] = [];
  const failing: string[] = [];
  const passing: string[] = [];
  const re = /hcl2\.loads\(\s*([rf]?)(?:"""|''')([\s\S]*?)(?:"""|''')\s*\)([\s\S]*?)(?=hcl2\.loads|$)/g;
  let n = 0;
  for (const m of py.matchAll(re)) {
    if (m[1] === 'f') continue; // an f-string template, not Terraform
    const tail = m[3]!;
    const target = /\[['"]resource['"]\]\[0\]\[['"]([\w-]+)['"]\]\[['"]([\w-]+)['"]\]/.exec(tail);
    const verdict = /CheckResult\.(PASSED|FAILED|UNKNOWN)/.exec(tail)?.[1];
    if (!target || !verdict || verdict === 'UNKNOWN') continue;
    n++;
    let hcl = m[2]!.replace(/\\\\/g, '\\');
    const declared = [...hcl.matchAll(/resource\s+"([\w-]+)"\s+"([\w-]+)"/g)].map((d) => [d[1]!, d[2]!] as const);
    for (const [type, name] of declared) {
      hcl = hcl.replace(new RegExp(`(resource\\s+"${type}"\\s+)"${name}"`, 'g'), `$1"${name}__${n}"`);
      hcl = hcl.replace(new RegExp(`\\b${type}\\.${name}\\b`, 'g'), `${type}.${name}__${n}`);
    }
    parts.push(`# ${verdict} in Checkov's test\n${hcl.trim()}\n`);
    (verdict === 'FAILED' ? failing : passing).push(`${target[1]}.${target[2]}__${n}`);
  }
  return n > 0 ? { hcl: parts.join('\n'), failing, passing } : undefined;
}

interface Written {
  id: string;
  dir: string;
  labelled: number;
}
const writtenCheckov: Written[] = [];
const skippedCheckov: string[] = [];

/** Rewrites a case; the reviewed differences recorded in its expected.json are kept. */
function writeCase(outDir: string, files: Map<string, string>, expected: object) {
  const old = existsSync(join(outDir, 'expected.json'))
    ? (JSON.parse(readFileSync(join(outDir, 'expected.json'), 'utf8')) as { knownDifferences?: unknown; knownDifference?: unknown })
    : {};
  const kept = {
    ...(old.knownDifferences ? { knownDifferences: old.knownDifferences } : {}),
    ...(old.knownDifference ? { knownDifference: old.knownDifference } : {}),
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

for (const id of checkovIds.sort()) {
  const existing = join(CHECKOV_OUT, id, 'expected.json');
  if (existsSync(existing) && !(JSON.parse(readFileSync(existing, 'utf8')) as { extracted?: boolean }).extracted) continue; // curated by hand
  const check = idToCheck.get(id);
  if (!check) {
    skippedCheckov.push(`${id}: check source not found`);
    continue;
  }
  let folder: string;
  let failing: string[] | undefined;
  let passing: string[] | undefined;
  let source: string;
  if (check.graph) {
    folder = `tests/terraform/graph/checks/resources/${check.name}`;
    const expected = tryShow(checkovGit, `${folder}/expected.yaml`);
    if (!expected) {
      skippedCheckov.push(`${id}: no ${folder}/expected.yaml`);
      continue;
    }
    const y = (parse(expected) ?? {}) as { pass?: string[]; fail?: string[] };
    passing = y.pass ?? [];
    failing = y.fail ?? [];
    source = `${folder}/expected.yaml`;
  } else {
    const testPath = `tests/terraform/checks/${check.kind}/aws/test_${check.name}.py`;
    const py = tryShow(checkovGit, testPath);
    const ex = py ? /["'/](example_[\w-]+)["']/.exec(py) : null;
    passing = py ? stringSet(py, 'passing_resources') : undefined;
    failing = py ? stringSet(py, 'failing_resources') : undefined;
    if (!py || !ex || !passing || !failing) {
      const inline = py ? inlineCases(py) : undefined;
      if (!inline) {
        skippedCheckov.push(`${id}: ${testPath} has no example folder with passing/failing resource sets, nor inline HCL cases`);
        continue;
      }
      writeCase(join(CHECKOV_OUT, id), new Map([['main.tf', inline.hcl]]), {
        ruleAlias: id,
        source: `github.com/bridgecrewio/checkov@${checkovCommit.slice(0, 12)} ${testPath}, inline hcl2.loads cases (resources renamed <name>__<n>) (Apache-2.0)`,
        extracted: true,
        failing: inline.failing,
        passing: inline.passing,
      });
      writtenCheckov.push({ id, dir: testPath, labelled: inline.failing.length + inline.passing.length });
      continue;
    }
    folder = `tests/terraform/checks/${check.kind}/aws/${ex[1]}`;
    source = `${testPath} + ${folder}/`;
  }
  const files = tfFiles(checkovGit, folder);
  if (files.size === 0) {
    skippedCheckov.push(`${id}: no Terraform in ${folder}`);
    continue;
  }
  // Graph and data checks name data sources without their "data." prefix: restore it when only a data block declares the name.
  {
    const tf = [...files.values()].join('\n');
    const declared = (kind: string, label: string) => {
      const [type, name] = label.split('.', 2);
      return new RegExp(`${kind}\\s+"${type}"\\s+"${(name ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(tf);
    };
    const fix = (labels: string[]) =>
      labels.map((l) => (!l.startsWith('data.') && !declared('resource', l) && declared('data', l) ? `data.${l}` : l));
    failing = fix(failing);
    passing = fix(passing);
  }
  writeCase(join(CHECKOV_OUT, id), files, {
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
