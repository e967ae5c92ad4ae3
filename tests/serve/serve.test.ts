// serve: the Alertmanager receiver on loopback — auth, limits, validation, the durable queue,
// relay to repository_dispatch and in-process investigation onto the fake GitHub, graceful drain.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAlertServer } from '../../src/commands/serve';
import { dispatch } from '../../src/commands/dispatch';
import { createLogger } from '../../src/core/log';
import type { RawOptions } from '../../src/options';
import { fitForDispatch } from '../../src/serve/handlers';
import { AlertServer } from '../../src/serve/server';
import { parseWebhook } from '../../src/incident/payload';
import { buildSettings } from '../../src/settings';
import { SCENARIOS } from '../agent/scenarios';
import { startFakeAwsForAgent, useFakeAwsEnv } from '../agent/harness';
import type { FakeAws } from '../fakes/aws/server';
import { FakeGitHub } from '../fakes/github/server';

const TOKEN = 'serve-token-0123456789abcdef';
const FIX = resolve(__dirname, '../fixtures/alertmanager');
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');
const quiet = createLogger({ write: () => undefined });

let aws: FakeAws;
let restore: () => void;
const servers: AlertServer[] = [];
const githubs: FakeGitHub[] = [];

beforeAll(async () => {
  aws = await startFakeAwsForAgent();
  restore = useFakeAwsEnv(aws);
  for (const s of [SCENARIOS[0], SCENARIOS[2], SCENARIOS[3]]) s.setup(aws.account);
});
afterAll(async () => {
  restore();
  await aws.close();
});
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  for (const g of githubs.splice(0)) await g.stop();
});

async function startServe(raw: RawOptions = {}, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'inframate-serve-'));
  const gh = new FakeGitHub();
  await gh.start();
  githubs.push(gh);
  const settings = buildSettings({
    command: 'serve',
    raw: { port: '0', 'no-ai': true, 'queue-dir': join(dir, 'queue'), 'runs-dir': join(dir, 'runs'), ...raw },
    env: {
      ...aws.env(),
      INFRAMATE_CACHE_DIR: dir,
      HOME: dir,
      INFRAMATE_SERVE_TOKEN: TOKEN,
      GITHUB_TOKEN: 'write-token',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: gh.url,
      ...env,
    },
    cwd: dir,
    runtime: 'cli',
  });
  const { server } = createAlertServer({ settings, log: quiet });
  await server.start();
  servers.push(server);
  return { server, gh, queueDir: join(dir, 'queue') };
}

const post = (url: string, body: string, token: string | null = TOKEN) =>
  fetch(`${url}/alerts`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

async function until(cond: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('serve refuses to start without a token', () => {
  it('exits 2 when INFRAMATE_SERVE_TOKEN is not set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-serve-'));
    const lines: string[] = [];
    const settings = buildSettings({
      command: 'serve',
      raw: { port: '0' },
      env: { HOME: dir, INFRAMATE_CACHE_DIR: dir },
      cwd: dir,
      runtime: 'cli',
    });
    const r = await dispatch(settings, { writeOutput: false, log: createLogger({ write: (l) => lines.push(l) }), analyzer: null });
    expect(r.exitCode).toBe(2);
    expect(lines.join('\n')).toMatch(/INFRAMATE_SERVE_TOKEN/);
  });

  it('binds 127.0.0.1 unless --host', async () => {
    const { server } = await startServe();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('POST /alerts', () => {
  it('401 without the token or with a wrong one; nothing queued', async () => {
    const { server, queueDir } = await startServe();
    expect((await post(server.url, fixture('firing.json'), null)).status).toBe(401);
    expect((await post(server.url, fixture('firing.json'), 'wrong-token')).status).toBe(401);
    expect(readdirSync(queueDir).filter((f) => f.endsWith('.json'))).toHaveLength(0);
  });

  it('413 over 1 MiB', async () => {
    const { server } = await startServe();
    const big = JSON.parse(fixture('firing.json'));
    big.commonAnnotations.description = 'x'.repeat(1024 * 1024);
    const res = await post(server.url, JSON.stringify(big));
    expect(res.status).toBe(413);
  });

  it('429 over the rate limit', async () => {
    const { server } = await startServe({ 'rate-limit': '3' });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await post(server.url, fixture('firing.json'))).status);
    expect(codes).toEqual([202, 202, 202, 429, 429]);
  });

  it('400 for malformed JSON or a payload that is not version 4, with nothing queued', async () => {
    const { server, queueDir } = await startServe({ investigate: true });
    const bad = await post(server.url, '{"version": "4", "alerts": [');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/not valid JSON/);
    expect((await post(server.url, fixture('v3.json'))).status).toBe(400);
    expect(server.metrics.alertsAccepted).toBe(0);
    expect(readdirSync(queueDir).filter((f) => f.endsWith('.json'))).toHaveLength(0);
  });

  it('202 with the incident ids; GET /health and GET /metrics', async () => {
    const { server } = await startServe({ investigate: true });
    const res = await post(server.url, fixture('firing.json'));
    expect(res.status).toBe(202);
    const { incidentIds } = (await res.json()) as { incidentIds: string[] };
    expect(incidentIds).toEqual([expect.stringMatching(/^inc-[0-9a-f]{12}$/)]);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    await until(() => server.metrics.investigations.ok === 1);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('inframate_serve_requests_total{route="/alerts",code="202"} 1');
    expect(metrics).toContain('inframate_serve_incidents_total 1');
    expect(metrics).toContain('inframate_serve_investigations_total{outcome="ok"} 1');
    expect(metrics).toMatch(/inframate_serve_request_duration_seconds_count 1/);
  });
});

describe('what happens to an accepted alert', () => {
  it('relays to repository_dispatch by default (client_payload.alertmanager)', async () => {
    const { server, gh } = await startServe();
    expect((await post(server.url, fixture('firing.json'))).status).toBe(202);
    await until(() => gh.dispatches.length === 1);
    expect(gh.dispatches[0].event_type).toBe('inframate-incident');
    expect(Object.keys(gh.dispatches[0].client_payload!)).toEqual(['alertmanager']);
    expect((gh.dispatches[0].client_payload!.alertmanager as { groupKey: string }).groupKey).toContain('EcsServiceTaskRestarts');
    expect(gh.violations).toEqual([]);
  });

  it("shrinks a payload over GitHub's 64 KB client_payload limit, counting the dropped alerts as truncated", () => {
    const p = parseWebhook(fixture('grouped.json'), 'g');
    const many = {
      ...p,
      alerts: Array.from({ length: 400 }, (_, i) => ({
        ...p.alerts[0],
        fingerprint: `f${i}`,
        startsAt: new Date(Date.UTC(2026, 11, 7, 0, i)).toISOString(),
      })),
    };
    const fitted = fitForDispatch(many);
    expect(JSON.stringify({ alertmanager: fitted }).length).toBeLessThan(60_000);
    expect(fitted.alerts.length + fitted.truncatedAlerts!).toBe(400);
    expect(fitted.alerts[0].fingerprint).toBe('f399');
  });

  it('--investigate: one issue per incident across re-deliveries, grouped alerts included, closed when resolved', async () => {
    const { server, gh } = await startServe({ investigate: true });
    for (const f of ['firing.json', 'firing.json', 'grouped.json', 'grouped.json'])
      expect((await post(server.url, fixture(f))).status).toBe(202);
    await until(() => server.metrics.investigations.ok === 4, 30_000);
    const issues = () => [...gh.issues.values()].filter((i) => i.labels.includes('inframate-incident'));
    expect(issues()).toHaveLength(2);
    expect(
      issues()
        .map((i) => i.body)
        .join('\n'),
    ).toContain('OutOfMemoryError');
    expect((await post(server.url, fixture('resolved.json'))).status).toBe(202);
    await until(() => server.metrics.investigations.ok === 5, 30_000);
    expect(issues()).toHaveLength(2);
    expect(issues().filter((i) => i.state === 'closed')).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('SIGTERM in the middle of a load: every accepted alert is handled or still on disk, and the next start picks it up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-serve-drain-'));
    let handled = 0;
    const slow = new AlertServer({
      host: '127.0.0.1',
      port: 0,
      token: TOKEN,
      queueDir: dir,
      rateLimitPerMinute: 100_000,
      drainTimeoutMs: 200,
      handle: async () => {
        await new Promise((r) => setTimeout(r, 20));
        handled++;
      },
      log: quiet,
    });
    await slow.start();
    const body = fixture('firing.json');
    let accepted = 0;
    let refused = 0;
    const senders = Array.from({ length: 10 }, async () => {
      for (let i = 0; i < 20; i++) {
        try {
          const res = await post(slow.url, body);
          if (res.status === 202) accepted++;
          else refused++;
        } catch {
          refused++; // connection closed by the shutdown: not accepted
        }
      }
    });
    await until(() => accepted >= 50);
    const stats = await slow.stop();
    await Promise.all(senders);
    const left = readdirSync(dir).filter((f) => f.endsWith('.json')).length;
    expect(stats.accepted).toBe(accepted);
    expect(stats.handled).toBe(handled);
    expect(stats.handled + stats.leftInQueue).toBe(accepted);
    expect(left).toBe(stats.leftInQueue);
    // The next start replays what was left.
    let replayed = 0;
    const next = new AlertServer({
      host: '127.0.0.1',
      port: 0,
      token: TOKEN,
      queueDir: dir,
      rateLimitPerMinute: 10,
      handle: async () => void replayed++,
      log: quiet,
    });
    await next.start();
    await until(() => replayed === left);
    await next.stop();
    expect(handled + replayed).toBe(accepted);
    expect(refused + accepted).toBe(200);
  });

  it('an unreadable queue entry is set aside in failed/ and the worker carries on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-serve-bad-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '00000000000000-00000000-broken.json'), '{not json');
    let handled = 0;
    const s = new AlertServer({
      host: '127.0.0.1',
      port: 0,
      token: TOKEN,
      queueDir: dir,
      rateLimitPerMinute: 100,
      handle: async () => void handled++,
      log: quiet,
    });
    servers.push(s);
    await s.start();
    expect((await post(s.url, fixture('firing.json'))).status).toBe(202);
    await until(() => handled === 1);
    expect(readdirSync(join(dir, 'failed'))).toEqual(['00000000000000-00000000-broken.json']);
  });
});
