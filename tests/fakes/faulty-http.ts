// A scriptable HTTP server on 127.0.0.1 for fault injection: per route, a sequence of responses
// (status, headers, body, delay), connection resets and hangs. Real clients (Octokit, fetch, SDKs)
// are pointed at it by base URL, so the supervisor sees the errors the real libraries produce.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FaultStep {
  status?: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string. */
  body?: unknown;
  /** Wait before answering (ms). */
  delayMs?: number;
  /** Destroy the socket without answering (ECONNRESET / "other side closed" for the client). */
  reset?: boolean;
  /** Never answer (the client's timeout or signal must end the request). */
  hang?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Path and query string. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  at: number;
}

export type FaultHandler = (req: RecordedRequest, index: number) => FaultStep | Promise<FaultStep>;

interface Route {
  method: string;
  path: string | RegExp;
  steps: FaultStep[] | FaultHandler;
  served: number;
}

export interface FaultyServer {
  url: string;
  requests: RecordedRequest[];
  /** Script a route ("GET /repos/o/r", or a RegExp on the path). Steps are served in order; the last repeats. */
  on(route: string, pathOrSteps: FaultStep[] | FaultHandler): FaultyServer;
  on(method: string, path: RegExp, steps: FaultStep[] | FaultHandler): FaultyServer;
  /** Requests received on a path (prefix match), for assertions. */
  count(method: string, path: string | RegExp): number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

const matches = (route: Route, method: string, path: string) =>
  route.method === method && (typeof route.path === 'string' ? route.path === path : route.path.test(path));

export async function startFaultyServer(): Promise<FaultyServer> {
  const routes: Route[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    const rec: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      url: req.url ?? '/',
      headers: req.headers,
      body: await readBody(req),
      at: Date.now(),
    };
    requests.push(rec);
    const route = routes.find((r) => matches(r, rec.method, path));
    if (!route) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `no script for ${rec.method} ${path}` }));
      return;
    }
    const index = route.served++;
    const step = Array.isArray(route.steps) ? route.steps[Math.min(index, route.steps.length - 1)] : await route.steps(rec, index);
    if (step.delayMs) await new Promise((r) => setTimeout(r, step.delayMs));
    if (step.reset) {
      req.socket.destroy();
      return;
    }
    if (step.hang) return;
    const body = step.body === undefined ? '' : typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
    const headers = { 'content-type': 'application/json; charset=utf-8', ...step.headers };
    if (!res.destroyed) res.writeHead(step.status ?? 200, headers).end(body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!res.headersSent) res.writeHead(500).end(String(e));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const api: FaultyServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    on(a: string, b: FaultStep[] | FaultHandler | RegExp, c?: FaultStep[] | FaultHandler) {
      if (b instanceof RegExp) routes.unshift({ method: a.toUpperCase(), path: b, steps: c!, served: 0 });
      else {
        const [method, ...rest] = a.split(' ');
        routes.unshift({ method: method.toUpperCase(), path: rest.join(' '), steps: b, served: 0 });
      }
      return api;
    },
    count(method, path) {
      return requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path.startsWith(path) : path.test(r.path))).length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  return api;
}
