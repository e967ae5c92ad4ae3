// Fault injection against a real Octokit pointed at a scripted server on 127.0.0.1. Octokit's own
// retry/throttle plugins are off: every retry seen here is the supervisor's.
import { Octokit } from 'octokit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GaveUpError } from '../../src/supervisor/errors';
import { Supervisor, type SupervisorOptions } from '../../src/supervisor/step';
import { startFaultyServer, type FaultStep, type FaultyServer } from '../fakes/faulty-http';

const FAST: SupervisorOptions = {
  backoff: { baseMs: 10, maxMs: 40, factor: 2, jitter: true },
  remoteAttempts: 3,
  stepDeadlineMs: 5_000,
  maxRetryWaitMs: 2_000,
  breaker: { threshold: 10, coolDownMs: 200 },
};

const REPO = { id: 1, name: 'r', full_name: 'o/r', default_branch: 'main' };
const OK: FaultStep = { status: 200, body: REPO };

let server: FaultyServer;
let octokit: InstanceType<typeof Octokit>;

beforeEach(async () => {
  server = await startFaultyServer();
  octokit = new Octokit({ baseUrl: server.url, auth: 'ghs_test', retry: { enabled: false }, throttle: { enabled: false }, log: silent });
});
afterEach(() => server.close());

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function getRepo(sv: Supervisor, timeoutMs?: number) {
  return sv.run(
    'github.get-repository',
    async ({ signal }) => (await octokit.request('GET /repos/{owner}/{repo}', { owner: 'o', repo: 'r', request: { signal } })).data,
    { dependency: 'github', timeoutMs },
  );
}

const secondary: FaultStep = {
  status: 403,
  headers: { 'retry-after': '1' },
  body: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com',
  },
};

interface Case {
  name: string;
  fault: FaultStep;
  type: string;
  timeoutMs?: number;
  /** Minimum time the supervisor must have waited before the retry (ms). */
  minWait?: number;
}

const CASES: Case[] = [
  { name: '500', fault: { status: 500, body: { message: 'Server Error' } }, type: 'network' },
  { name: '502', fault: { status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } }, type: 'network' },
  { name: '503', fault: { status: 503, body: { message: 'Service Unavailable' } }, type: 'network' },
  { name: '403 secondary rate limit with Retry-After', fault: secondary, type: 'rate-limit', minWait: 950 },
  { name: '429', fault: { status: 429, body: { message: 'Too Many Requests' } }, type: 'rate-limit' },
  { name: 'connection reset', fault: { reset: true }, type: 'network' },
  { name: 'timeout (no answer)', fault: { hang: true }, type: 'timeout', timeoutMs: 150 },
];

describe('GitHub faults: transient → retried and recovered', () => {
  it.each(CASES)('$name once, then 200: the step succeeds, recorded as recovered by retry', async ({ fault, type, timeoutMs, minWait }) => {
    server.on('GET /repos/o/r', [fault, OK]);
    const sv = new Supervisor(FAST);
    const t0 = performance.now();
    const repo = await getRepo(sv, timeoutMs);
    const elapsed = performance.now() - t0;
    expect(repo).toMatchObject({ full_name: 'o/r' });
    expect(server.count('GET', '/repos/o/r')).toBe(2);
    expect(sv.report()).toMatchObject({ total: 1, recovered: 1, unrecovered: 0 });
    expect(sv.report().errors[0]).toMatchObject({
      step: 'github.get-repository',
      type,
      attempts: 2,
      recovered: true,
      strategy: 'retry',
      dependency: 'github',
    });
    if (minWait) expect(elapsed).toBeGreaterThanOrEqual(minWait);
    expect(elapsed).toBeLessThan(3_000);
  });
});

describe('GitHub faults: persistent → bounded attempts, typed report', () => {
  it.each(CASES)('$name every time: fails after 3 attempts as $type', async ({ fault, type, timeoutMs }) => {
    server.on('GET /repos/o/r', [fault]);
    const sv = new Supervisor(FAST);
    const t0 = performance.now();
    await expect(getRepo(sv, timeoutMs)).rejects.toMatchObject({ type });
    expect(performance.now() - t0).toBeLessThan(4_000);
    expect(server.count('GET', '/repos/o/r')).toBe(3);
    const report = sv.report();
    expect(report).toMatchObject({ total: 1, recovered: 0, unrecovered: 1 });
    expect(report.errors[0]).toMatchObject({
      step: 'github.get-repository',
      type,
      attempts: 3,
      recovered: false,
      strategy: null,
      dependency: 'github',
    });
    expect(report.errors[0].severity).toBe('medium');
    expect(report.errors[0].solution).toBeTruthy();
  });

  it('a secondary rate limit whose Retry-After exceeds the allowed wait fails at once, saying why', async () => {
    server.on('GET /repos/o/r', [{ ...secondary, headers: { 'retry-after': '3600' } }]);
    const sv = new Supervisor(FAST);
    const t0 = performance.now();
    await expect(getRepo(sv)).rejects.toThrow(/asked to wait 60 min/);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(server.count('GET', '/repos/o/r')).toBe(1);
    expect(sv.report().errors[0].solution).toMatch(/secondary rate limit/);
  });

  it('non-retryable answers (401, 404, 422) fail fast with one request', async () => {
    for (const [status, type] of [
      [401, 'auth'],
      [404, 'not-found'],
      [422, 'validation'],
    ] as const) {
      server.on('GET /repos/o/r', [{ status, body: { message: `status ${status}` } }]);
      const sv = new Supervisor(FAST);
      const before = server.count('GET', '/repos/o/r');
      await expect(getRepo(sv)).rejects.toMatchObject({ type, status });
      expect(server.count('GET', '/repos/o/r') - before, String(status)).toBe(1);
    }
  });

  it('an outage opens the github breaker: later calls fail fast without reaching the server, a probe after the cool-down closes it', async () => {
    server.on('GET /repos/o/r', [{ status: 503, body: { message: 'down' } }, { status: 503 }, { status: 503 }, OK]);
    const sv = new Supervisor({ ...FAST, breaker: { threshold: 3, coolDownMs: 150 }, maxRepeats: 10 });
    await expect(getRepo(sv)).rejects.toMatchObject({ type: 'network' });
    expect(server.count('GET', '/repos/o/r')).toBe(3);
    await expect(getRepo(sv)).rejects.toThrow(/circuit open/);
    expect(server.count('GET', '/repos/o/r')).toBe(3);
    expect(sv.report().errors[1]).toMatchObject({
      step: 'github.get-repository',
      recovered: false,
      strategy: 'circuit-open',
      code: 'circuit-open',
      attempts: 1,
    });
    await new Promise((r) => setTimeout(r, 170));
    await expect(getRepo(sv)).resolves.toMatchObject({ full_name: 'o/r' });
    expect(sv.breakers.states().github).toBe('closed');
  });

  it('a storm of parallel calls against a dead service: the breaker caps the requests, the run stops', async () => {
    server.on('GET /repos/o/r', [{ status: 503, body: { message: 'Service Unavailable' } }]);
    const sv = new Supervisor({ ...FAST, breaker: { threshold: 5, coolDownMs: 10_000 } });
    const t0 = performance.now();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => getRepo(sv)));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    // Without the breaker: 20 calls × 3 attempts = 60 requests. With it: the first wave, plus at most
    // threshold − 1 retries (a retry follows its own failure, and the 5th failure opens the breaker).
    expect(server.count('GET', '/repos/o/r')).toBeLessThanOrEqual(20 + 4);
    expect(sv.gaveUpError).toBeDefined();
    expect(sv.report().errors.some((e) => e.strategy === 'circuit-open')).toBe(true);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it('a persistent failure repeated by a caller loop stops the run (GaveUpError) in bounded time', async () => {
    server.on('GET /repos/o/r', [{ status: 502, body: { message: 'Bad Gateway' } }]);
    const sv = new Supervisor({ ...FAST, maxRepeats: 3, breaker: { threshold: 1_000, coolDownMs: 1 } });
    const t0 = performance.now();
    let stopped: unknown;
    for (let i = 0; i < 100 && !stopped; i++) {
      await getRepo(sv).catch((e) => {
        if (e instanceof GaveUpError) stopped = e;
      });
    }
    expect(stopped).toBeInstanceOf(GaveUpError);
    expect(server.count('GET', '/repos/o/r')).toBe(9);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
