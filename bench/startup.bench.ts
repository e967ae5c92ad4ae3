// Whole-process figures of the bundled CLI (dist/cli.js), each as a median over several runs and as a
// ratio to a baseline measured in the same run, alternating the two so machine drift affects both:
//   --version                                  vs node -e 0        target ≤ 3×
//   secure, a one-file module                  vs node -e 0        target ≤ 6×
//   analyze --no-ai --dry-run, 3-service app   vs node -e 0        target ≤ 10×
//   secure, TerraGoat's AWS folder             vs node -e 0        target ≤ 10×
//   analyze, 96,000-file monorepo, 40 services vs find             target ≤ 6×
//   secure, 2,000 files / 10,000 resources     peak RSS            target ≤ 400 MB
// Times and peak memory come from GNU time (/usr/bin/time -f), the operating system's accounting.
// BENCH_PREVIOUS=DIR (a previous bundle's dist/, copied anywhere inside the checkout so it finds templates/)
// runs that bundle in the same rounds: each figure then also prints the previous bundle's ratio and
// new ÷ previous, all three commands taking turns.
// The ratio judged against the target is the median of per-pair cpu ratios; the wall ratio is printed
// beside it (on a loaded machine wall time mostly measures the other processes).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const work = join(here, '.work');
const cli = join(repo, 'dist', 'cli.js');
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_ONLY=analyze: only the figures whose name contains it (e.g. the two analyze ratios). */
const ONLY = process.env.BENCH_ONLY;
/** BENCH_PREVIOUS=DIR: a previous bundle measured in the same rounds (see above). */
const PREVIOUS = process.env.BENCH_PREVIOUS ? join(process.env.BENCH_PREVIOUS, 'cli.js') : undefined;

interface Sample {
  cpu: number; // user + sys seconds
  wall: number;
  rssMb: number;
}

/** One sample: the command run `repeat` times in a row (GNU time counts in 10 ms steps), per run. */
function measure(cmd: string[], cwd = repo, repeat = 1): Sample {
  const loop = ['sh', '-c', `for i in $(seq ${repeat}); do "$@" >/dev/null 2>&1; done`, 'sh', ...cmd];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...loop], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  const [wall, user, sys, rssKb] = last.split(' ').map(Number);
  if (![wall, user, sys, rssKb].every(Number.isFinite)) throw new Error(`could not time ${cmd.join(' ')}: ${r.stderr.slice(-500)}`);
  return { wall: wall! / repeat, cpu: (user! + sys!) / repeat, rssMb: rssKb! / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A and B in turn, RUNS times each after one warm-up of each; medians and the median of the per-pair ratios. */
function pair(name: string, a: string[], b: string[], target: number, repeat = 5, cwd = repo): void {
  if (ONLY && !name.includes(ONLY)) return;
  // With BENCH_PREVIOUS, the same command run by the previous bundle takes its turn between A and B.
  const p = PREVIOUS ? a.map((arg) => (arg === cli ? PREVIOUS : arg)) : undefined;
  measure(a, cwd);
  if (p) measure(p, cwd);
  measure(b, cwd);
  const as: Sample[] = [];
  const ps: Sample[] = [];
  const bs: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    as.push(measure(a, cwd, repeat));
    if (p) ps.push(measure(p, cwd, repeat));
    bs.push(measure(b, cwd, repeat));
  }
  const ratio = (xs: Sample[], ys: Sample[], k: 'cpu' | 'wall') => median(xs.map((s, i) => s[k] / Math.max(ys[i]![k], 0.001)));
  const cpuRatio = ratio(as, bs, 'cpu');
  const wallRatio = ratio(as, bs, 'wall');
  const ok = cpuRatio <= target ? 'meets' : 'MISSES';
  console.log(
    `${name}: ${median(as.map((s) => s.wall)).toFixed(3)} s wall, ${median(as.map((s) => s.cpu)).toFixed(3)} s cpu, ${median(as.map((s) => s.rssMb)).toFixed(0)} MB | baseline ${median(bs.map((s) => s.wall)).toFixed(3)} s wall, ${median(bs.map((s) => s.cpu)).toFixed(3)} s cpu | ratio cpu ${cpuRatio.toFixed(2)}×, wall ${wallRatio.toFixed(2)}× (target ≤ ${target}×: ${ok})`,
  );
  if (p)
    console.log(
      `  previous bundle: ${median(ps.map((s) => s.wall)).toFixed(3)} s wall, ${median(ps.map((s) => s.cpu)).toFixed(3)} s cpu | ratio cpu ${ratio(ps, bs, 'cpu').toFixed(2)}×, wall ${ratio(ps, bs, 'wall').toFixed(2)}× | new ÷ previous: cpu ${ratio(as, ps, 'cpu').toFixed(2)}×, wall ${ratio(as, ps, 'wall').toFixed(2)}×`,
    );
}

function ensureBundle(): void {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'bundle'], { cwd: repo, stdio: 'inherit' });
}

function oneFileModule(): string {
  const dir = join(work, 'one-file');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "inframate-bench"\n}\n');
  return dir;
}

/** The 96,000-file monorepo with 40 services (express + PostgreSQL, a Dockerfile each). */
function monorepo(): string {
  const root = join(work, 'monorepo-96k-40svc');
  if (existsSync(join(root, '.done'))) return root;
  rmSync(root, { recursive: true, force: true });
  const write = (rel: string, content: string) => {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  write('package.json', JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*', 'services/*'] }, null, 2));
  write('.gitignore', 'node_modules\ndist\n');
  const PACKAGES = 470;
  for (let p = 0; p < PACKAGES; p++) {
    const isService = p % 12 === 0 && p / 12 < 40;
    const base = isService ? `services/svc-${p}` : `packages/pkg-${p}`;
    const deps: Record<string, string> = isService ? { express: '^4.19.0', pg: '^8.11.0' } : { lodash: '^4.17.21' };
    const scripts = isService ? { build: 'tsc', start: 'node dist/index.js' } : { build: 'tsc' };
    write(`${base}/package.json`, JSON.stringify({ name: `@mono/${p}`, version: '1.0.0', scripts, dependencies: deps }, null, 2));
    write(`${base}/README.md`, `# package ${p}\n`);
    write(`${base}/tsconfig.json`, '{ "extends": "../../tsconfig.base.json" }\n');
    if (isService) write(`${base}/Dockerfile`, 'FROM node:24-alpine\nEXPOSE 3000\nCMD ["node", "dist/index.js"]\n');
    for (let d = 0; d < 10; d++) {
      for (let f = 0; f < 20; f++) write(`${base}/src/m${d}/file${f}.ts`, `export const v${f} = ${p * 1000 + d * 100 + f};\n`);
    }
  }
  writeFileSync(join(root, '.done'), '');
  return root;
}

/** 2,000 files, 5 resources each (10,000 resources). */
function largeTree(): string {
  const dir = join(work, 'secure-2000-files');
  if (existsSync(join(dir, '.done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 2000; i++) {
    const n = `s${i}`;
    writeFileSync(
      join(dir, `${n}.tf`),
      `resource "aws_s3_bucket" "${n}" {\n  bucket = "acme-${n}"\n}\n` +
        `resource "aws_s3_bucket_versioning" "${n}" {\n  bucket = aws_s3_bucket.${n}.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n` +
        `resource "aws_security_group" "${n}" {\n  name = "${n}"\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n}\n` +
        `resource "aws_sqs_queue" "${n}" {\n  name = "${n}"\n}\n` +
        `resource "aws_cloudwatch_log_group" "${n}" {\n  name              = "/acme/${n}"\n  retention_in_days = 30\n}\n`,
    );
  }
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

ensureBundle();
const baseline = [node, '-e', '0'];
pair('--version', [node, cli, '--version'], baseline, 3);
pair('secure, one-file module', [node, cli, 'secure', oneFileModule(), '--quiet', '--fail-on', 'none'], baseline, 6);
pair(
  'analyze --no-ai --dry-run, three-service compose application (real-voting-app)',
  [node, cli, 'analyze', join(repo, 'tests/fixtures/repos/real-voting-app'), '--no-ai', '--dry-run', '--quiet', '--fail-on', 'none'],
  baseline,
  10,
);
pair(
  "secure, TerraGoat's AWS folder",
  [node, cli, 'secure', join(repo, 'tests/fixtures/real-terraform/terragoat-aws'), '--quiet', '--fail-on', 'none'],
  baseline,
  10,
);
const mono = monorepo();
pair(
  'analyze --no-ai --dry-run, 96,000-file monorepo with 40 services, against find over the same tree',
  [node, cli, 'analyze', mono, '--no-ai', '--dry-run', '--quiet', '--fail-on', 'none'],
  ['find', mono, '-type', 'f'],
  6,
  1,
);
if (ONLY && !'secure, 2,000 files'.includes(ONLY)) process.exit(0);
const big = largeTree();
const mem: Sample[] = [];
const memPrevious: Sample[] = [];
for (let i = 0; i < 3; i++) {
  mem.push(measure([node, cli, 'secure', big, '--quiet', '--fail-on', 'none']));
  if (PREVIOUS) memPrevious.push(measure([node, PREVIOUS, 'secure', big, '--quiet', '--fail-on', 'none']));
}
const rss = median(mem.map((m) => m.rssMb));
console.log(
  `secure, 2,000 files / 10,000 resources: peak RSS ${rss.toFixed(0)} MB, ${median(mem.map((m) => m.wall)).toFixed(2)} s wall (target ≤ 400 MB: ${rss <= 400 ? 'meets' : 'MISSES'})`,
);
if (PREVIOUS)
  console.log(
    `  previous bundle: peak RSS ${median(memPrevious.map((m) => m.rssMb)).toFixed(0)} MB, ${median(memPrevious.map((m) => m.wall)).toFixed(2)} s wall`,
  );
