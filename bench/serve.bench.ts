// serve under load on loopback: the real CLI process (`inframate serve`, relay mode) receiving
// 2,000 Alertmanager payloads from 50 concurrent senders, relaying each to a fake GitHub's
// repository_dispatch. Reports throughput and latency percentiles (client side, each POST until its
// 202, which includes the fsync of the durable queue). Then a second run is sent SIGTERM in the
// middle of the load: every alert that got a 202 must be relayed or left on disk, and the next
// start must relay what was left.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGitHub } from '../tests/fakes/github/server';

const ALERTS = 2000;
const SENDERS = 50;
const TOKEN = 'bench-serve-token-0123456789';
const root = join(import.meta.dirname, '..');
const body = readFileSync(join(root, 'tests/fixtures/alertmanager/firing.json'), 'utf8');

async function startServe(gh: FakeGitHub, queueDir: string): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'src/cli.ts'),
      'serve',
      '--port',
      '0',
      '--rate-limit',
      '1000000',
      '--queue-dir',
      queueDir,
      '--repo',
      'acme/shop',
    ],
    {
      env: {
        ...process.env,
        INFRAMATE_SERVE_TOKEN: TOKEN,
        GITHUB_TOKEN: 'write-token',
        GITHUB_API_URL: gh.url,
        INFRAMATE_CACHE_DIR: queueDir + '-cache',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /listening on (http:\/\/[^\s]+)/.exec(err);
      if (m) resolve(m[1]);
    });
    void exited.then(() => reject(new Error(`serve exited early: ${err}`)));
  });
  return { child, url, exited };
}

interface LoadResult {
  accepted: number;
  refused: number;
  latencies: number[];
  seconds: number;
}

async function load(url: string, onAccepted?: (n: number) => void): Promise<LoadResult> {
  const latencies: number[] = [];
  let accepted = 0;
  let refused = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (next < ALERTS) {
        next++;
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}/alerts`, {
            method: 'POST',
            body,
            headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          });
          await res.arrayBuffer();
          if (res.status === 202) {
            accepted++;
            latencies.push(performance.now() - t0);
            onAccepted?.(accepted);
          } else refused++;
        } catch {
          refused++;
        }
      }
    }),
  );
  return { accepted, refused, latencies, seconds: (performance.now() - started) / 1000 };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function until(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return cond();
}

const gh = new FakeGitHub();
await gh.start();
const dir = mkdtempSync(join(tmpdir(), 'inframate-serve-bench-'));

// 1. Throughput and latency.
{
  const queue = join(dir, 'q1');
  const s = await startServe(gh, queue);
  const r = await load(s.url);
  const relayed = await until(() => gh.dispatches.length >= r.accepted, 120_000);
  console.log(
    `load: ${r.accepted}/${ALERTS} accepted from ${SENDERS} senders in ${r.seconds.toFixed(2)} s → ${(r.accepted / r.seconds).toFixed(0)} alerts/s; latency p50 ${pct(r.latencies, 50).toFixed(1)} ms, p99 ${pct(r.latencies, 99).toFixed(1)} ms, max ${pct(r.latencies, 100).toFixed(1)} ms; relayed ${gh.dispatches.length} (${relayed ? 'all' : 'NOT all'})`,
  );
  s.child.kill('SIGTERM');
  await s.exited;
  if (r.accepted !== ALERTS || !relayed) process.exitCode = 1;
}

// 2. SIGTERM in the middle of the load.
{
  gh.dispatches.length = 0;
  const queue = join(dir, 'q2');
  const s = await startServe(gh, queue);
  let signalled = false;
  const r = await load(s.url, (n) => {
    if (!signalled && n >= ALERTS / 2) {
      signalled = true;
      s.child.kill('SIGTERM');
    }
  });
  const code = await s.exited;
  const relayedBefore = gh.dispatches.length;
  const left = readdirSync(queue).filter((f) => f.endsWith('.json')).length;
  const s2 = await startServe(gh, queue);
  await until(() => gh.dispatches.length >= r.accepted, 120_000);
  s2.child.kill('SIGTERM');
  await s2.exited;
  const ok = relayedBefore + left === r.accepted && gh.dispatches.length === r.accepted;
  console.log(
    `sigterm: ${r.accepted} accepted, ${r.refused} refused after the signal; exit ${code}; relayed before exit ${relayedBefore} + left on disk ${left} = ${relayedBefore + left}; after restart relayed ${gh.dispatches.length} → ${ok ? 'every accepted alert accounted for' : 'MISMATCH'}`,
  );
  if (!ok) process.exitCode = 1;
}
await gh.stop();
