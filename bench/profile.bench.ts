// Profiling a 100,000-file monorepo against `git ls-files` on the same tree, in one run.
// The tree is generated once under bench/.work (gitignored) and reused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { profileDirectory } from '../src/profile';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '.work', 'monorepo-100k');
const PACKAGES = 491;
const DIRS = 10;
const FILES_PER_DIR = 20; // + package.json, README.md, tsconfig.json and a Dockerfile or .eslintrc.json: 204 files per package

function generate(): number {
  let count = 0;
  const write = (rel: string, content: string) => {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    count++;
  };
  write('package.json', JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*', 'services/*'] }, null, 2));
  write('.gitignore', 'node_modules\ndist\n');
  for (let p = 0; p < PACKAGES; p++) {
    const isService = p % 50 === 0;
    const base = isService ? `services/svc-${p}` : `packages/pkg-${p}`;
    const deps: Record<string, string> = isService ? { express: '^4.19.0', pg: '^8.11.0' } : { lodash: '^4.17.21' };
    const scripts = isService ? { build: 'tsc', start: 'node dist/index.js' } : { build: 'tsc' };
    write(`${base}/package.json`, JSON.stringify({ name: `@mono/${p}`, version: '1.0.0', scripts, dependencies: deps }, null, 2));
    write(`${base}/README.md`, `# package ${p}\n`);
    write(`${base}/tsconfig.json`, '{ "extends": "../../tsconfig.base.json" }\n');
    if (isService) write(`${base}/Dockerfile`, 'FROM node:24-alpine\nEXPOSE 3000\nCMD ["node", "dist/index.js"]\n');
    else write(`${base}/.eslintrc.json`, '{}\n');
    for (let d = 0; d < DIRS; d++) {
      for (let f = 0; f < FILES_PER_DIR; f++) {
        const ext = f % 7 === 0 ? 'css' : f % 5 === 0 ? 'js' : 'ts';
        write(`${base}/src/m${d}/file${f}.${ext}`, `export const v${f} = ${p * 1000 + d * 100 + f};\n`.repeat(1 + (f % 4)));
      }
    }
  }
  return count;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

if (!existsSync(join(root, '.git'))) {
  const t = time(generate);
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  process.stdout.write(`generated ${t.value} files in ${(t.ms / 1000).toFixed(1)} s (reused on later runs)\n`);
}

// Warm caches and the JIT for both sides, then interleave runs of each (the first is discarded).
// The walking path (for folders outside git) is timed afterwards so its garbage does not land in
// the other measurements.
const runs = { git: [] as number[], index: [] as number[], walk: [] as number[] };
let gitFiles = 0;
let profFiles = 0;
let summary = '';
for (let i = 0; i < 10; i++) {
  const g = time(() => spawnSync('git', ['ls-files'], { cwd: root, maxBuffer: 1 << 28 }));
  const p = await timeAsync(() => profileDirectory(root));
  if (i === 0) continue;
  runs.git.push(g.ms);
  runs.index.push(p.ms);
  gitFiles = g.value.stdout.toString().split('\n').filter(Boolean).length;
  profFiles = p.value.languages.reduce((n, l) => n + l.files, 0);
  summary = `${p.value.services.length} services, languages ${p.value.languages.map((l) => `${l.name} ${l.share}`).join(', ')}`;
}
for (let i = 0; i < 3; i++) runs.walk.push((await timeAsync(() => profileDirectory(root, { source: 'walk' }))).ms);
const git = Math.min(...runs.git);
const prof = Math.min(...runs.index);
const walk = Math.min(...runs.walk);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(
  `git ls-files:                 ${git.toFixed(0)} ms best, ${median(runs.git).toFixed(0)} ms median (${gitFiles} files)\n`,
);
process.stdout.write(
  `profileDirectory (git index): ${prof.toFixed(0)} ms best, ${median(runs.index).toFixed(0)} ms median (${profFiles} code files; ${summary})\n`,
);
process.stdout.write(
  `profileDirectory (walking):   ${walk.toFixed(0)} ms best, ${median(runs.walk).toFixed(0)} ms median (the path for folders outside git)\n`,
);
process.stdout.write(
  `ratio:                        ${(prof / git).toFixed(2)}x best-to-best, ${(median(runs.index) / median(runs.git)).toFixed(2)}x median-to-median (target: within 3x and under 3000 ms)\n`,
);
process.stdout.write(prof <= 3 * git && prof < 3000 ? 'PASS\n' : 'MISS\n');
