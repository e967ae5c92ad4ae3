// The Alertmanager receiver (contracts §3.11). POST /alerts: bearer token (constant-time compare),
// rate limit per client, 1 MiB body limit, request timeout, strict payload validation; an accepted
// payload is written to the durable queue before 202. A worker then relays each payload to
// repository_dispatch (default) or investigates it in-process. SIGTERM: stop accepting, let
// in-flight requests finish, drain the queue for a while; whatever is left stays on disk.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/log';
import { groupAlerts } from '../incident/group';
import { parseWebhook, type AlertmanagerWebhook } from '../incident/payload';
import { InframateError } from '../supervisor/errors';
import { ServeMetrics } from './metrics';
import { DurableQueue, type QueuedItem } from './queue';

export const MAX_BODY_BYTES = 1024 * 1024;

export type PayloadHandler = (payload: AlertmanagerWebhook, item: QueuedItem) => Promise<void>;

export interface ServeOptions {
  host: string;
  port: number;
  token: string;
  queueDir: string;
  rateLimitPerMinute: number;
  /** Deadline for receiving a whole request (ms). */
  requestTimeoutMs?: number;
  /** How long a SIGTERM drain may take before leaving the rest on disk (ms). */
  drainTimeoutMs?: number;
  /** Attempts per queued payload before it is moved to failed/. */
  maxAttempts?: number;
  handle: PayloadHandler;
  log: Logger;
  now?: () => number;
}

export interface ServeStats {
  accepted: number;
  handled: number;
  failed: number;
  leftInQueue: number;
  recoveredAtStart: number;
}

class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    private readonly perMinute: number,
    private readonly now: () => number,
  ) {}
  take(key: string): boolean {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + ((t - b.at) / 60_000) * this.perMinute);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time bearer check: both sides hashed to equal length first, so length leaks nothing. */
export function authorized(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return timingSafeEqual(digest(m?.[1] ?? ''), digest(token)) && Boolean(m);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; version=0.0.4' : 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export class AlertServer {
  readonly metrics = new ServeMetrics();
  readonly queue: DurableQueue;
  private server: Server | null = null;
  private readonly limiter: RateLimiter;
  private closing = false;
  private inFlight = 0;
  private workerDone: Promise<void> | null = null;
  private readonly stats: ServeStats = { accepted: 0, handled: 0, failed: 0, leftInQueue: 0, recoveredAtStart: 0 };
  private readonly now: () => number;

  constructor(private readonly opts: ServeOptions) {
    this.now = opts.now ?? Date.now;
    this.queue = new DurableQueue(opts.queueDir);
    this.limiter = new RateLimiter(opts.rateLimitPerMinute, this.now);
  }

  get url(): string {
    const a = this.server?.address() as AddressInfo | null;
    return a ? `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}` : '';
  }

  async start(): Promise<void> {
    this.stats.recoveredAtStart = await this.queue.init();
    if (this.stats.recoveredAtStart)
      this.opts.log.info(`serve: ${this.stats.recoveredAtStart} payload(s) left by an earlier run are queued again`);
    const server = createServer((req, res) => void this.route(req, res));
    server.requestTimeout = this.opts.requestTimeoutMs ?? 10_000;
    server.headersTimeout = Math.min(server.requestTimeout, 10_000);
    server.keepAliveTimeout = 5_000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, this.opts.host, () => resolve());
    });
    this.workerDone = this.work();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0];
    const finish = (status: number, body: unknown, headers?: Record<string, string>) => {
      send(res, status, body, headers);
      this.metrics.request(
        path === '/alerts' || path === '/health' || path === '/metrics' ? path : 'other',
        status,
        Number(process.hrtime.bigint() - started) / 1e9,
      );
    };
    if (req.method === 'GET' && path === '/health')
      return finish(this.closing ? 503 : 200, { status: this.closing ? 'draining' : 'ok', queued: this.queue.depth });
    if (req.method === 'GET' && path === '/metrics') return finish(200, this.metrics.render(this.queue.depth));
    if (path !== '/alerts') return finish(404, { error: 'not found' });
    if (req.method !== 'POST') return finish(405, { error: 'use POST' }, { allow: 'POST' });
    if (this.closing) return finish(503, { error: 'shutting down' }, { connection: 'close', 'retry-after': '5' });
    if (!authorized(req.headers.authorization, this.opts.token)) {
      req.resume();
      return finish(401, { error: 'missing or wrong bearer token' }, { 'www-authenticate': 'Bearer' });
    }
    const client = req.socket.remoteAddress ?? 'unknown';
    if (!this.limiter.take(client)) {
      req.resume();
      return finish(429, { error: 'rate limit exceeded' }, { 'retry-after': '1' });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      return finish(413, { error: `body larger than ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
    }
    this.inFlight++;
    try {
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) return finish(413, { error: `body larger than ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
      let payload: AlertmanagerWebhook;
      try {
        payload = parseWebhook(body, 'POST /alerts');
      } catch (error) {
        return finish(400, { error: error instanceof InframateError ? error.message : 'invalid payload' });
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
      this.opts.log.warn(`serve: request failed: ${(error as Error).message}`);
      if (!res.headersSent) return finish(500, { error: 'could not queue the payload' });
    } finally {
      this.inFlight--;
    }
  }

  private async work(): Promise<void> {
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
        this.opts.log.warn(`serve: handling ${item.id} failed (attempt ${item.attempts}): ${(error as Error).message}`);
        if (item.attempts >= maxAttempts || (error instanceof InframateError && error.type === 'input')) {
          await this.queue.fail(item);
          this.stats.failed++;
        } else {
          this.queue.retryLater(item);
          await new Promise((r) => setTimeout(r, Math.min(5_000, 100 * 2 ** item.attempts)));
        }
      }
    }
  }

  private drainDeadline = 0;
  private drainExpired(): boolean {
    return this.now() > this.drainDeadline;
  }

  /** Graceful stop: refuse new alerts, finish in-flight requests, drain the queue until the deadline. */
  async stop(): Promise<ServeStats> {
    if (!this.server) return this.stats;
    this.closing = true;
    this.drainDeadline = this.now() + (this.opts.drainTimeoutMs ?? 30_000);
    const server = this.server;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
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

/** The body, or null once it passes `limit` (the rest is discarded, the connection then closed). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
