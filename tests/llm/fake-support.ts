// What the three fake LLM servers share: an HTTP server on 127.0.0.1 that records every request
// and answers from a script of behaviours, and a generator of minimal schema-valid values.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake does for one request. Each provider's fake renders these in its own wire shape. */
export type FakeBehaviour =
  /** A valid reply carrying this JSON value (a function receives the request's JSON schema). */
  | { kind: 'json'; value: unknown | ((schema: Record<string, unknown>, body: Record<string, unknown>) => unknown) }
  /** A reply whose text is exactly this (malformed JSON, prose…). */
  | { kind: 'text'; text: string }
  /** An HTTP error; `retryDelay` is Gemini's RetryInfo in the error body (e.g. "30s"). */
  | { kind: 'status'; status: number; retryAfter?: string; retryDelay?: string; message?: string }
  /** Never answers: the client's deadline must end the request. */
  | { kind: 'hang' }
  | { kind: 'empty' }
  /** The model's answer is withheld (Gemini finishReason SAFETY, OpenAI refusal, Anthropic refusal). */
  | { kind: 'safety' }
  /** The prompt itself is blocked (Gemini promptFeedback.blockReason). */
  | { kind: 'blocked' }
  /** The answer is cut off at the output limit. */
  | { kind: 'max-tokens' }
  /** Function/tool calls (a function receives the request body, e.g. to read the prompt). */
  | { kind: 'tools'; calls: FakeToolCall[] | ((body: Record<string, unknown>, raw: string) => FakeToolCall[]) };

export interface FakeToolCall {
  name: string;
  args: unknown;
}

export function toolCallsOf(b: Extract<FakeBehaviour, { kind: 'tools' }>, req: RecordedRequest): FakeToolCall[] {
  return typeof b.calls === 'function' ? b.calls(req.body, req.raw) : b.calls;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
  body: Record<string, unknown>;
}

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  /** Behaviours for the next requests, in order; afterwards `fallback` answers. */
  script: FakeBehaviour[];
  fallback: FakeBehaviour;
  /** When set (and the script is empty), picks the behaviour from the request; undefined falls back. */
  choose?: (req: RecordedRequest) => FakeBehaviour | undefined;
  close(): Promise<void>;
}

export type Responder = (b: FakeBehaviour, req: RecordedRequest, res: ServerResponse) => void;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

export const approxTokens = (s: string): number => Math.max(1, Math.ceil(s.length / 4));

export async function startFakeServer(
  respond: Responder,
  opts: { script?: FakeBehaviour[]; fallback?: FakeBehaviour } = {},
): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const state: { script: FakeBehaviour[]; fallback: FakeBehaviour; choose?: FakeServer['choose'] } = {
    script: opts.script ?? [],
    fallback: opts.fallback ?? ({ kind: 'json', value: exampleFromSchema } as FakeBehaviour),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown>;
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = {}; // a malformed body is recorded raw; the route answers as the real API would
      }
      const rec: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, raw, body };
      requests.push(rec);
      const behaviour = state.script.length ? state.script.shift()! : (state.choose?.(rec) ?? state.fallback);
      if (behaviour.kind === 'hang') return; // the socket stays open until the client gives up
      respond(behaviour, rec, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake: FakeServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    get script() {
      return state.script;
    },
    set script(s) {
      state.script = s;
    },
    get fallback() {
      return state.fallback;
    },
    set fallback(f) {
      state.fallback = f;
    },
    get choose() {
      return state.choose;
    },
    set choose(c) {
      state.choose = c;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

export function valueOf(
  b: Extract<FakeBehaviour, { kind: 'json' }>,
  schema: Record<string, unknown>,
  body: Record<string, unknown>,
): unknown {
  return typeof b.value === 'function'
    ? (b.value as (s: Record<string, unknown>, b: Record<string, unknown>) => unknown)(schema, body)
    : b.value;
}

/** The smallest value satisfying a (zod-generated) JSON schema: required keys only, empty arrays. */
export function exampleFromSchema(schema: Record<string, unknown>): unknown {
  const s = schema ?? {};
  if (Array.isArray(s.enum)) return s.enum[0];
  if ('const' in s) return s.const;
  const anyOf = (s.anyOf ?? s.oneOf) as Record<string, unknown>[] | undefined;
  if (anyOf?.length) return exampleFromSchema(anyOf[0]);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Record<string, unknown>>;
      const out: Record<string, unknown> = {};
      for (const k of (s.required as string[] | undefined) ?? []) out[k] = exampleFromSchema(props[k] ?? {});
      return out;
    }
    case 'array': {
      const min = (s.minItems as number | undefined) ?? 0;
      return Array.from({ length: min }, () => exampleFromSchema((s.items ?? {}) as Record<string, unknown>));
    }
    case 'string': {
      const min = (s.minLength as number | undefined) ?? 0;
      return 'x'.repeat(Math.max(1, min));
    }
    case 'integer':
    case 'number':
      return (s.minimum as number | undefined) ?? 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return null;
  }
}
