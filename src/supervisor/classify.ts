// Any thrown value → a typed InframateError. Reads what SDKs attach (HTTP status, headers, error
// codes and names along the `cause` chain) and falls back to message patterns; the decisions
// themselves are the tables in patterns.ts.
import { InframateError, type ErrorType } from './errors';
import { CODE_RULES, HEADER_RULES, MESSAGE_RULES, STATUS_RULES, type MessageRule } from './patterns';
import { headerGetter, retryAfterFrom, type HeaderGetter } from './retry-after';

export interface ClassifyContext {
  /** The dependency the failing step talks to: schema/JSON failures in `llm*` steps are `llm-output`. */
  dependency?: string;
  now?: number;
}

interface Facts {
  status?: number;
  headers?: unknown;
  codes: string[];
  messages: string[];
}

type Loose = Record<string, unknown>;

const asObject = (v: unknown): Loose | undefined => (v && typeof v === 'object' ? (v as Loose) : undefined);

/** Collect status, headers, codes and messages from the error and its causes (bounded depth). */
function gather(error: unknown): Facts {
  const facts: Facts = { codes: [], messages: [] };
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth++) {
    const e = asObject(current);
    if (!e) {
      if (String(current)) facts.messages.push(String(current));
      break;
    }
    const response = asObject(e.response);
    const metadata = asObject(e.$metadata);
    // Octokit turns a failed fetch into a RequestError with a synthetic status 500 and no
    // response: that 500 says nothing about the server, the cause chain says what happened.
    const synthetic = e.name === 'HttpError' && !response;
    const status = [e.status, e.statusCode, response?.status, metadata?.httpStatusCode].find((s) => typeof s === 'number' && s > 0);
    if (facts.status === undefined && typeof status === 'number' && !synthetic) facts.status = status;
    facts.headers ??= response?.headers ?? e.headers ?? asObject(e.$response)?.headers;
    for (const c of [e.code, e.name, e.Code, asObject(e.error)?.type]) if (typeof c === 'string' && c) facts.codes.push(c);
    // GitHub GraphQL: { errors: [{ type: 'RATE_LIMITED', message }] }.
    if (Array.isArray(e.errors)) {
      for (const g of e.errors.slice(0, 5)) {
        const o = asObject(g);
        if (typeof o?.type === 'string') facts.codes.push(o.type);
        if (typeof o?.message === 'string') facts.messages.push(o.message);
      }
    }
    if (typeof e.message === 'string' && e.message) facts.messages.push(e.message);
    const data = asObject(response?.data);
    if (typeof data?.message === 'string') facts.messages.push(data.message);
    current = e.cause;
  }
  return facts;
}

function byCode(codes: readonly string[]): { type: ErrorType; code: string; solution?: string } | undefined {
  for (const code of codes) {
    const rule = CODE_RULES.find((r) => (typeof r.match === 'string' ? r.match === code : r.match.test(code)));
    if (rule) return { type: rule.type, code, solution: rule.solution };
  }
  return undefined;
}

function byStatus(status: number): ErrorType | undefined {
  return STATUS_RULES.find((r) => (typeof r.status === 'number' ? r.status === status : status >= r.status[0] && status <= r.status[1]))
    ?.type;
}

function byHeaders(status: number | undefined, get: HeaderGetter | undefined): ErrorType | undefined {
  if (status === undefined || !get) return undefined;
  return HEADER_RULES.find(
    (r) => r.statuses.includes(status) && (r.equals === undefined ? get(r.header) !== undefined : get(r.header) === r.equals),
  )?.type;
}

function byMessage(messages: readonly string[], onlyOverriding: boolean): MessageRule | undefined {
  const text = messages.join('\n');
  return MESSAGE_RULES.find((r) => (!onlyOverriding || r.overridesStatus) && r.pattern.test(text));
}

function firstLine(message: string): string {
  const line = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}

/** The classification of an error; an InframateError is returned unchanged. Never throws. */
export function classify(error: unknown, ctx: ClassifyContext = {}): InframateError {
  if (error instanceof InframateError) return error;
  try {
    return classifyUnsafe(error, ctx);
  } catch {
    // A hostile or broken error object (throwing getters): still a typed error, never a crash here.
    return new InframateError('internal', 'an error that could not be inspected', { cause: error });
  }
}

function classifyUnsafe(error: unknown, ctx: ClassifyContext): InframateError {
  const now = ctx.now ?? Date.now();
  const facts = gather(error);
  const message = firstLine(facts.messages[0] || (facts.status ? `HTTP ${facts.status}` : 'unknown error'));
  const overriding = byMessage(facts.messages, true);
  const code = byCode(facts.codes);
  const get = headerGetter(facts.headers);
  const byHeader = byHeaders(facts.status, get);
  let type: ErrorType;
  let solution: string | undefined;
  if (overriding) {
    // Specific wording beats a generic status or code ("403 … secondary rate limit").
    ({ type, solution } = overriding);
  } else if (code && !(facts.status !== undefined && (code.type === 'validation' || code.type === 'timeout') && isGenericName(code.code))) {
    ({ type, solution } = code);
  } else if (byHeader) {
    type = byHeader;
  } else if (facts.status !== undefined) {
    type = byStatus(facts.status) ?? 'internal';
  } else {
    const rule = byMessage(facts.messages, false);
    type = rule?.type ?? 'internal';
    solution = rule?.solution;
  }
  if (!solution && code?.type === type) solution = code.solution;
  // A reply that fails its schema or JSON parse in an LLM step is the model's fault, not the user's.
  if (type === 'validation' && facts.status === undefined && ctx.dependency?.startsWith('llm')) type = 'llm-output';
  const retryAfterMs = type === 'rate-limit' || type === 'network' ? retryAfterFrom(get, facts.messages.join('\n'), now) : undefined;
  return new InframateError(type, message, {
    cause: error,
    status: facts.status,
    code: code?.code,
    retryAfterMs,
    solution,
  });
}

/** Names too generic to beat a real HTTP status (a SyntaxError while reading an error response body). */
function isGenericName(name: string): boolean {
  return name === 'SyntaxError';
}

/** How long the error asks to wait before another attempt (ms), from the error or a GitHub-style `details`. */
export function retryAfterOf(error: InframateError): number | undefined {
  if (error.retryAfterMs !== undefined) return error.retryAfterMs;
  const d = asObject(error.details)?.retryAfterMs;
  return typeof d === 'number' && d >= 0 ? d : undefined;
}

/** The HTTP status behind an error, from the error itself or a GitHub-style `details`. */
export function statusOf(error: InframateError): number | undefined {
  if (error.status !== undefined) return error.status;
  const d = asObject(error.details)?.status;
  return typeof d === 'number' && d > 0 ? d : undefined;
}

/**
 * Advice for an error: its own, else the first table row of its type whose pattern matches its
 * message or code (errors built by callers, e.g. the GitHub client, carry no solution of their own).
 */
export function adviceFor(error: InframateError): string | undefined {
  if (error.solution) return error.solution;
  const rule = MESSAGE_RULES.find((r) => r.solution && r.type === error.type && r.pattern.test(error.message));
  if (rule) return rule.solution;
  if (error.code) return byCode([error.code])?.solution;
  return undefined;
}
