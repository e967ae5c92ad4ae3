// Hostile inputs of issue 12 (size, heredoc, depth, fan-out, 20,000 buckets, count = 1e9): each case
// runs in a child process with a 1 GB heap cap; time and peak RSS (maxRSS of that process) are printed.
// Targets: every case ends (no hang), peak RSS under 1.5 GB, 20,000 buckets scanned in seconds.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CASES = ['size-200mb', 'heredoc-5mb', 'depth-2000', 'fan-out', 'buckets-20000', 'count-1e9'];
const only = process.argv.slice(2);
let failed = 0;
for (const name of CASES.filter((c) => only.length === 0 || only.includes(c))) {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=1024', '--import', 'tsx', join(import.meta.dirname, 'limits-case.ts'), name],
    {
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  const wall = Math.round(performance.now() - t0);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    failed++;
    console.log(`${name}: FAILED (exit ${r.status}, signal ${r.signal}) ${r.stderr.slice(-500)}`);
    continue;
  }
  const res = JSON.parse(line) as Record<string, unknown>;
  console.log(
    `${name.padEnd(14)} wall ${String(wall).padStart(6)} ms  load ${String(res.loadMs).padStart(6)} ms  scan ${String(res.scanMs).padStart(5)} ms  ` +
      `peak RSS ${String(res.peakRssMB).padStart(5)} MB  resources ${res.resources} (stand for ${res.instancesAccounted})  ` +
      `errors ${JSON.stringify(res.errors)}  limit warnings ${res.limitWarnings}  ssh findings ${res.sshFindings}  $/month ${res.monthlyCost}`,
  );
  if ((res.peakRssMB as number) > 1536) failed++;
}
process.exitCode = failed ? 1 : 0;
