import { fileURLToPath as __inframateFileURLToPath } from 'node:url';
import { dirname as __inframateDirname } from 'node:path';
import { createRequire as __inframateCreateRequire } from 'node:module';
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { c as createGitHubClient } from './client-AYrfU_UM.js';
import { g as githubTarget, a as processPayloads, p as parseWebhook, b as groupAlerts } from './payload-XzpvqKfV.js';
import { I as InputError, a as InframateError } from './errors-D-4Njnnn.js';
import { s as supervisorForSettings } from './finalize-CmA9o0n2.js';
import { randomUUID, timingSafeEqual, createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdir, readdir, open, rename, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import './_commonjsHelpers-Crdq61vZ.js';
import './issues-C42HJ6aM.js';
import './index-C6oWUUQP.js';
import './schemas-CUcVUsYh.js';
import './compare-Bhms5km9.js';
import './render-CaiwLMA5.js';
import './client-CMzOGWPg.js';
import './untrusted-4Ho-zrfl.js';
import './tools-iPSbHv7U.js';
import './markdown-Xcqzlf9y.js';
import './index-CZcDDwPZ.js';
import 'process';
import 'buffer';
import './step-DxPyN5dH.js';
import 'node:async_hooks';
import 'node:timers/promises';
import './report-Dz-f4dSo.js';

const DISPATCH_EVENT_TYPE = "inframate-incident";
function relayHandler(settings, log, metrics) {
  const repo = githubTarget(settings);
  if (!repo || !settings.github.token)
    throw new InputError(
      "serve relays alerts to repository_dispatch: set GITHUB_TOKEN and --repo OWNER/NAME (or GITHUB_REPOSITORY), or use --investigate"
    );
  log.addSecret(settings.github.token);
  let client = null;
  const octokitNow = () => {
    if (!client || client.uses >= 500 || Date.now() - client.since > 6e5) {
      const supervisor = supervisorForSettings(settings);
      client = {
        octokit: createGitHubClient({ token: settings.github.token, baseUrl: settings.github.apiUrl, step: supervisor.run, log }),
        uses: 0,
        since: Date.now()
      };
    }
    client.uses++;
    return client.octokit;
  };
  return async (payload) => {
    const octokit = octokitNow();
    try {
      await octokit.rest.repos.createDispatchEvent({
        ...repo,
        event_type: DISPATCH_EVENT_TYPE,
        client_payload: { alertmanager: fitForDispatch(payload) }
      });
      metrics.relays.ok++;
    } catch (error) {
      metrics.relays.failed++;
      throw error;
    }
  };
}
function investigateHandler(settings, log, metrics, deps = {}) {
  return async (payload) => {
    const supervisor = supervisorForSettings(settings);
    try {
      await processPayloads([payload], { settings, step: supervisor.run, log, aws: deps.aws, llm: deps.llm });
      metrics.investigations.ok++;
    } catch (error) {
      metrics.investigations.failed++;
      throw error;
    }
  };
}
const DISPATCH_PAYLOAD_LIMIT = 6e4;
function fitForDispatch(payload, limit = DISPATCH_PAYLOAD_LIMIT) {
  const size = (p) => Buffer.byteLength(JSON.stringify({ alertmanager: p }));
  if (size(payload) < limit) return payload;
  const alerts = [...payload.alerts].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  let lo = 0;
  let hi = alerts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size({ ...payload, alerts: alerts.slice(0, mid) }) < limit) lo = mid;
    else hi = mid - 1;
  }
  const kept = alerts.slice(0, Math.max(1, lo)).map((a) => lo === 0 ? { ...a, annotations: {} } : a);
  return { ...payload, alerts: kept, truncatedAlerts: (payload.truncatedAlerts ?? 0) + payload.alerts.length - kept.length };
}

const LATENCY_BUCKETS = [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
class ServeMetrics {
  requests = /* @__PURE__ */ new Map();
  alertsAccepted = 0;
  incidents = /* @__PURE__ */ new Set();
  investigations = { ok: 0, failed: 0 };
  relays = { ok: 0, failed: 0 };
  buckets = LATENCY_BUCKETS.map(() => 0);
  latencySum = 0;
  latencyCount = 0;
  /** Every observed latency (ms) of accepted POST /alerts, for the load test's percentiles. */
  acceptLatenciesMs = [];
  request(route, code, seconds) {
    const key = `${route}\0${code}`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    if (route !== "/alerts") return;
    this.latencySum += seconds;
    this.latencyCount++;
    LATENCY_BUCKETS.forEach((b, i) => {
      if (seconds <= b) this.buckets[i]++;
    });
  }
  render(queueDepth) {
    const out = [];
    out.push(
      "# HELP inframate_serve_requests_total HTTP requests by route and status code.",
      "# TYPE inframate_serve_requests_total counter"
    );
    for (const [key, n] of [...this.requests].sort()) {
      const [route, code] = key.split("\0");
      out.push(`inframate_serve_requests_total{route="${route}",code="${code}"} ${n}`);
    }
    out.push(
      "# HELP inframate_serve_alerts_accepted_total Alertmanager payloads accepted (202) and queued.",
      "# TYPE inframate_serve_alerts_accepted_total counter",
      `inframate_serve_alerts_accepted_total ${this.alertsAccepted}`
    );
    out.push(
      "# HELP inframate_serve_incidents_total Distinct incidents seen.",
      "# TYPE inframate_serve_incidents_total counter",
      `inframate_serve_incidents_total ${this.incidents.size}`
    );
    out.push(
      "# HELP inframate_serve_investigations_total Investigations run in this process, by outcome.",
      "# TYPE inframate_serve_investigations_total counter"
    );
    for (const [k, v] of Object.entries(this.investigations)) out.push(`inframate_serve_investigations_total{outcome="${k}"} ${v}`);
    out.push(
      "# HELP inframate_serve_relays_total Payloads relayed to repository_dispatch, by outcome.",
      "# TYPE inframate_serve_relays_total counter"
    );
    for (const [k, v] of Object.entries(this.relays)) out.push(`inframate_serve_relays_total{outcome="${k}"} ${v}`);
    out.push(
      "# HELP inframate_serve_queue_depth Accepted payloads not yet handled.",
      "# TYPE inframate_serve_queue_depth gauge",
      `inframate_serve_queue_depth ${queueDepth}`
    );
    out.push(
      "# HELP inframate_serve_request_duration_seconds Latency of POST /alerts.",
      "# TYPE inframate_serve_request_duration_seconds histogram"
    );
    LATENCY_BUCKETS.forEach((b, i) => out.push(`inframate_serve_request_duration_seconds_bucket{le="${b}"} ${this.buckets[i]}`));
    out.push(`inframate_serve_request_duration_seconds_bucket{le="+Inf"} ${this.latencyCount}`);
    out.push(
      `inframate_serve_request_duration_seconds_sum ${this.latencySum.toFixed(6)}`,
      `inframate_serve_request_duration_seconds_count ${this.latencyCount}`
    );
    return out.join("\n") + "\n";
  }
}

class DurableQueue {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  seq = 0;
  pending = [];
  waiters = [];
  ready = null;
  /** Create the directories and pick up what an earlier run left. */
  async init() {
    this.ready ??= (async () => {
      await mkdir(this.dir, { recursive: true });
      await mkdir(join(this.dir, "failed"), { recursive: true });
      const left = (await readdir(this.dir)).filter((f) => f.endsWith(".json")).sort();
      this.pending.push(...left);
    })();
    await this.ready;
    return this.pending.length;
  }
  get depth() {
    return this.pending.length;
  }
  /** Write durably, then make it visible to the worker. Resolves only when the bytes are on disk. */
  async enqueue(body) {
    const id = `${Date.now().toString().padStart(14, "0")}-${String(this.seq++).padStart(8, "0")}-${randomUUID().slice(0, 8)}`;
    const name = `${id}.json`;
    const tmp = join(this.dir, `.${name}.tmp`);
    const record = JSON.stringify({ id, receivedAt: (/* @__PURE__ */ new Date()).toISOString(), attempts: 0, body });
    const fh = await open(tmp, "w");
    try {
      await fh.writeFile(record);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, join(this.dir, name));
    await this.syncDir();
    this.pending.push(name);
    this.waiters.splice(0).forEach((w) => w());
    return id;
  }
  dirSync = null;
  dirSyncNext = null;
  /**
   * Group commit of the directory entry: concurrent enqueues share one directory fsync. A caller
   * whose rename may have raced a sync already running waits for the next one.
   */
  syncDir() {
    if (!this.dirSync) {
      this.dirSync = this.fsyncDir().finally(() => {
        this.dirSync = null;
      });
      return this.dirSync;
    }
    this.dirSyncNext ??= this.dirSync.then(() => {
      this.dirSyncNext = null;
      return this.syncDir();
    });
    return this.dirSyncNext;
  }
  async fsyncDir() {
    try {
      const d = await open(this.dir, "r");
      try {
        await d.sync();
      } finally {
        await d.close();
      }
    } catch {
    }
  }
  /** The oldest item, waiting up to `waitMs` for one. */
  async next(waitMs) {
    if (!this.pending.length) {
      await new Promise((resolve) => {
        const t = setTimeout(resolve, waitMs);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
    const name = this.pending.shift();
    if (!name) return null;
    const file = join(this.dir, name);
    try {
      const rec = JSON.parse(await readFile(file, "utf8"));
      return { ...rec, file };
    } catch {
      await rename(file, join(this.dir, "failed", name)).catch(() => void 0);
      return null;
    }
  }
  async done(item) {
    await rm(item.file, { force: true });
  }
  /** Put an item back (it stays on disk) to be tried again later. */
  retryLater(item) {
    this.pending.push(item.file.split("/").pop());
  }
  async fail(item) {
    await rename(item.file, join(this.dir, "failed", item.file.split("/").pop()));
  }
  /** Wake a worker waiting in next(). */
  wake() {
    this.waiters.splice(0).forEach((w) => w());
  }
}

const MAX_BODY_BYTES = 1024 * 1024;
class RateLimiter {
  constructor(perMinute, now) {
    this.perMinute = perMinute;
    this.now = now;
  }
  perMinute;
  now;
  buckets = /* @__PURE__ */ new Map();
  take(key) {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) / 6e4 * this.perMinute);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}
const digest = (s) => createHash("sha256").update(s).digest();
function authorized(header, token) {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return timingSafeEqual(digest(m?.[1] ?? ""), digest(token)) && Boolean(m);
}
function send(res, status, body, headers = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": typeof body === "string" ? "text/plain; version=0.0.4" : "application/json",
    "content-length": String(Buffer.byteLength(text)),
    ...headers
  });
  res.end(text);
}
class AlertServer {
  constructor(opts) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    this.queue = new DurableQueue(opts.queueDir);
    this.limiter = new RateLimiter(opts.rateLimitPerMinute, this.now);
  }
  opts;
  metrics = new ServeMetrics();
  queue;
  server = null;
  limiter;
  closing = false;
  inFlight = 0;
  workerDone = null;
  stats = { accepted: 0, handled: 0, failed: 0, leftInQueue: 0, recoveredAtStart: 0 };
  now;
  get url() {
    const a = this.server?.address();
    return a ? `http://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}` : "";
  }
  async start() {
    this.stats.recoveredAtStart = await this.queue.init();
    if (this.stats.recoveredAtStart)
      this.opts.log.info(`serve: ${this.stats.recoveredAtStart} payload(s) left by an earlier run are queued again`);
    const server = createServer((req, res) => void this.route(req, res));
    server.requestTimeout = this.opts.requestTimeoutMs ?? 1e4;
    server.headersTimeout = Math.min(server.requestTimeout, 1e4);
    server.keepAliveTimeout = 5e3;
    this.server = server;
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.opts.port, this.opts.host, () => resolve());
    });
    this.workerDone = this.work();
  }
  async route(req, res) {
    const started = process.hrtime.bigint();
    const path = (req.url ?? "/").split("?")[0];
    const finish = (status, body, headers) => {
      send(res, status, body, headers);
      this.metrics.request(
        path === "/alerts" || path === "/health" || path === "/metrics" ? path : "other",
        status,
        Number(process.hrtime.bigint() - started) / 1e9
      );
    };
    if (req.method === "GET" && path === "/health")
      return finish(this.closing ? 503 : 200, { status: this.closing ? "draining" : "ok", queued: this.queue.depth });
    if (req.method === "GET" && path === "/metrics") return finish(200, this.metrics.render(this.queue.depth));
    if (path !== "/alerts") return finish(404, { error: "not found" });
    if (req.method !== "POST") return finish(405, { error: "use POST" }, { allow: "POST" });
    if (this.closing) return finish(503, { error: "shutting down" }, { connection: "close", "retry-after": "5" });
    if (!authorized(req.headers.authorization, this.opts.token)) {
      req.resume();
      return finish(401, { error: "missing or wrong bearer token" }, { "www-authenticate": "Bearer" });
    }
    const client = req.socket.remoteAddress ?? "unknown";
    if (!this.limiter.take(client)) {
      req.resume();
      return finish(429, { error: "rate limit exceeded" }, { "retry-after": "1" });
    }
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      return finish(413, { error: `body larger than ${MAX_BODY_BYTES} bytes` }, { connection: "close" });
    }
    this.inFlight++;
    try {
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) return finish(413, { error: `body larger than ${MAX_BODY_BYTES} bytes` }, { connection: "close" });
      let payload;
      try {
        payload = parseWebhook(body, "POST /alerts");
      } catch (error) {
        return finish(400, { error: error instanceof InframateError ? error.message : "invalid payload" });
      }
      const incidentIds = groupAlerts([payload]).map((g) => g.incidentId);
      await this.queue.enqueue(body);
      this.stats.accepted++;
      this.metrics.alertsAccepted++;
      for (const id of incidentIds) this.metrics.incidents.add(id);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.metrics.acceptLatenciesMs.push(ms);
      return finish(202, { incidentIds });
    } catch (error) {
      this.opts.log.warn(`serve: request failed: ${error.message}`);
      if (!res.headersSent) return finish(500, { error: "could not queue the payload" });
    } finally {
      this.inFlight--;
    }
  }
  async work() {
    const maxAttempts = this.opts.maxAttempts ?? 5;
    while (!this.closing || this.queue.depth > 0) {
      if (this.closing && this.drainExpired()) break;
      const item = await this.queue.next(this.closing ? 0 : 500);
      if (!item) continue;
      try {
        const payload = parseWebhook(item.body, item.file);
        await this.opts.handle(payload, item);
        await this.queue.done(item);
        this.stats.handled++;
      } catch (error) {
        item.attempts++;
        this.opts.log.warn(`serve: handling ${item.id} failed (attempt ${item.attempts}): ${error.message}`);
        if (item.attempts >= maxAttempts || error instanceof InframateError && error.type === "input") {
          await this.queue.fail(item);
          this.stats.failed++;
        } else {
          this.queue.retryLater(item);
          await new Promise((r) => setTimeout(r, Math.min(5e3, 100 * 2 ** item.attempts)));
        }
      }
    }
  }
  drainDeadline = 0;
  drainExpired() {
    return this.now() > this.drainDeadline;
  }
  /** Graceful stop: refuse new alerts, finish in-flight requests, drain the queue until the deadline. */
  async stop() {
    if (!this.server) return this.stats;
    this.closing = true;
    this.drainDeadline = this.now() + (this.opts.drainTimeoutMs ?? 3e4);
    const server = this.server;
    const closed = new Promise((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    while (this.inFlight > 0) await new Promise((r) => setTimeout(r, 10));
    this.queue.wake();
    await this.workerDone;
    server.closeAllConnections();
    await closed;
    this.stats.leftInQueue = this.queue.depth;
    this.server = null;
    return { ...this.stats };
  }
}
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(size > limit ? null : Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
}

function createAlertServer(ctx) {
  const { settings, log } = ctx;
  const token = settings.serve.token;
  if (!token) throw new InputError("INFRAMATE_SERVE_TOKEN is not set: serve refuses to start without a bearer token");
  if (token.length < 16) throw new InputError("INFRAMATE_SERVE_TOKEN is shorter than 16 characters: use a long random token");
  log.addSecret(token);
  const mode = settings.serve.investigate ? "investigate" : "relay";
  let handle = async () => void 0;
  const server = new AlertServer({
    host: settings.serve.host,
    port: settings.port ?? 8080,
    token,
    queueDir: settings.serve.queueDir,
    rateLimitPerMinute: settings.serve.rateLimitPerMinute,
    handle: (p, item) => handle(p, item),
    log
  });
  handle = mode === "relay" ? relayHandler(settings, log, server.metrics) : investigateHandler(settings, log, server.metrics);
  return { server, mode };
}
async function run(ctx) {
  const { server, mode } = createAlertServer(ctx);
  await server.start();
  ctx.log.info(`serve: listening on ${server.url} (${mode}); POST /alerts, GET /health, GET /metrics`);
  await new Promise((resolve) => {
    const stop = () => resolve();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  ctx.log.info("serve: shutting down, draining the queue");
  const url = server.url;
  const stats = await server.stop();
  ctx.log.info(
    `serve: accepted ${stats.accepted}, handled ${stats.handled}, failed ${stats.failed}, left in the queue ${stats.leftInQueue}`
  );
  return { schemaVersion: 1, command: "serve", url, mode, stats, errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 } };
}
const serve = {
  name: "serve",
  usage: "serve [--port N] [--host HOST] [--investigate]",
  summary: "HTTP receiver for Alertmanager webhooks",
  available: true,
  formats: ["markdown", "json"],
  run,
  renderMarkdown: (r) => `# inframate serve

Served on ${r.url} (${r.mode}). Accepted ${r.stats.accepted}, handled ${r.stats.handled}, failed ${r.stats.failed}, left in the queue ${r.stats.leftInQueue} (picked up at the next start).
`
};

export { createAlertServer, serve as default };
