// Same behaviour, two bundles: runs a previous bundle and this checkout's dist/ on the same inputs and
// fails on any difference in generated files, reports (stdout), messages (stderr) or exit codes.
//   npx tsx bench/compare-bundles.ts PREVIOUS_DIST [NEW_DIST]
// Inputs: analyze --no-ai --out DIR --format json over every repository in tests/fixtures/repos, the
// same over the generated 96,000-file monorepo (bench/.work, made by `npm run bench startup`, skipped
// with a note when absent), and secure --format json over TerraGoat's AWS folder.
// Both bundles run from inside the checkout (a bundle finds templates/ and the schema above its dist/),
// one after the other, writing into the same output folder, so paths in the reports are the same.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const work = join(repo, 'bench', '.work');
const [prevArg, newArg] = process.argv.slice(2);
if (!prevArg) {
  console.error('usage: npx tsx bench/compare-bundles.ts PREVIOUS_DIST [NEW_DIST]');
  process.exit(2);
}
/** A bundle outside the checkout is copied in (next to the checkout's templates/). */
function inCheckout(dist: string, name: string): string {
  const abs = resolve(dist);
  if (abs.startsWith(repo + '/')) return abs;
  const copy = join(work, name);
  rmSync(copy, { recursive: true, force: true });
  cpSync(abs, copy, { recursive: true });
  return copy;
}
const bundles = {
  previous: inCheckout(prevArg, 'compare-previous-dist'),
  new: inCheckout(newArg ?? join(repo, 'dist'), 'compare-new-dist'),
};
const out = join(work, 'compare-out');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  files: Map<string, Buffer>;
}

function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else files.set(relative(dir, abs), readFileSync(abs));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

function run(dist: string, args: string[]): Run {
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, files: filesUnder(out) };
}

const differences: string[] = [];
let compared = 0;
function compare(name: string, args: string[]): void {
  compared++;
  const a = run(bundles.previous, args);
  const b = run(bundles.new, args);
  const diffs: string[] = [];
  if (a.code !== b.code) diffs.push(`exit code ${a.code} vs ${b.code}`);
  if (a.stdout !== b.stdout) diffs.push('stdout (report) differs');
  if (a.stderr !== b.stderr) diffs.push('stderr differs');
  const names = new Set([...a.files.keys(), ...b.files.keys()]);
  for (const f of [...names].sort()) {
    const x = a.files.get(f);
    const y = b.files.get(f);
    if (!x || !y) diffs.push(`${f} only in the ${x ? 'previous' : 'new'} output`);
    else if (!x.equals(y)) diffs.push(`${f} differs`);
  }
  console.log(`${diffs.length ? 'DIFFERENT' : 'same'}  ${name}: exit ${a.code}, ${a.files.size} files, report ${a.stdout.length} bytes`);
  for (const d of diffs) console.log(`    ${d}`);
  if (diffs.length) differences.push(name);
}

const fixtures = join(repo, 'tests', 'fixtures', 'repos');
const names = readdirSync(fixtures)
  .filter((n) => statSync(join(fixtures, n)).isDirectory())
  .sort();
for (const n of names) compare(`analyze ${n}`, ['analyze', join(fixtures, n), '--no-ai', '--out', out, '--format', 'json']);
const mono = join(work, 'monorepo-96k-40svc');
if (existsSync(join(mono, 'package.json')))
  compare('analyze monorepo-96k-40svc', ['analyze', mono, '--no-ai', '--out', out, '--format', 'json']);
else console.log('(no generated monorepo under bench/.work: run `npm run bench startup` once to make it)');
compare('secure terragoat-aws', ['secure', join(repo, 'tests', 'fixtures', 'real-terraform', 'terragoat-aws'), '--format', 'json']);
rmSync(out, { recursive: true, force: true });
console.log(
  differences.length ? `${differences.length} input(s) differ` : `all ${compared} inputs: same files, reports, messages and exit codes`,
);
process.exit(differences.length ? 1 : 0);
