// GitHub API failures → the supervisor's error taxonomy, so retry/circuit-breaker decisions are
// made on types (rate-limit, permission, conflict…) rather than on HTTP details.
import { InframateError, type ErrorType } from '../supervisor/errors';

export interface GitHubErrorDetails {
  status: number;
  route: string;
  /** When GitHub said how long to wait (Retry-After or X-RateLimit-Reset), in milliseconds. */
  retryAfterMs?: number;
  /** GitHub's own message and validation errors, for the error report. */
  documentation?: string;
}

interface ResponseLike {
  status?: number;
  headers?: Record<string, string | number | undefined>;
  data?: unknown;
}

function header(res: ResponseLike | undefined, name: string): string | undefined {
  const v = res?.headers?.[name];
  return v === undefined ? undefined : String(v);
}

/** How long GitHub asks us to wait, from Retry-After (seconds) or X-RateLimit-Reset (epoch seconds). */
export function retryAfterMs(res: ResponseLike | undefined, now = Date.now()): number | undefined {
  const retryAfter = header(res, 'retry-after');
  if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const reset = header(res, 'x-ratelimit-reset');
  if (header(res, 'x-ratelimit-remaining') === '0' && reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - now);
  return undefined;
}

function isRateLimited(status: number, res: ResponseLike | undefined, message: string): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  // Primary limit: remaining 0. Secondary limit: Retry-After or GitHub's wording.
  return header(res, 'x-ratelimit-remaining') === '0' || header(res, 'retry-after') !== undefined || /rate limit/i.test(message);
}

function typeFor(status: number, res: ResponseLike | undefined, message: string): ErrorType {
  if (isRateLimited(status, res, message)) return 'rate-limit';
  if (status === 0) return 'network';
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 422) return 'validation';
  if (status >= 500) return 'network';
  return 'validation';
}

function apiMessage(res: ResponseLike | undefined): string | undefined {
  const data = res?.data as { message?: unknown; errors?: unknown } | undefined;
  if (!data || typeof data !== 'object') return undefined;
  const parts: string[] = [];
  if (typeof data.message === 'string') parts.push(data.message);
  if (Array.isArray(data.errors)) {
    for (const e of data.errors.slice(0, 3)) {
      if (typeof e === 'string') parts.push(e);
      else if (e && typeof e === 'object') {
        const o = e as Record<string, unknown>;
        parts.push(String(o.message ?? [o.resource, o.field, o.code].filter(Boolean).join(' ')));
      }
    }
  }
  return parts.length ? parts.join('; ') : undefined;
}

/** Convert whatever Octokit threw into an InframateError naming the route and GitHub's reason. */
export function toGitHubError(error: unknown, route: string): InframateError {
  if (error instanceof InframateError) return error;
  const e = error as { status?: unknown; response?: ResponseLike; message?: string; name?: string };
  const status = typeof e?.status === 'number' ? e.status : 0;
  const message = apiMessage(e?.response) ?? e?.message ?? String(error);
  if (e?.name === 'AbortError' || /aborted|timed? ?out/i.test(message)) {
    return new InframateError('timeout', `GitHub ${route}: ${message}`, { cause: error, details: { status, route } });
  }
  const type = typeFor(status, e?.response, message);
  const details: GitHubErrorDetails = { status, route, retryAfterMs: retryAfterMs(e?.response) };
  const what = status ? `${status} ${message}` : message;
  return new InframateError(type, `GitHub ${route}: ${what}`, { cause: error, details });
}

/** The HTTP status behind an error, when it came from GitHub (0 otherwise). */
export function githubStatus(error: unknown): number {
  if (error instanceof InframateError) {
    const d = error.details as Partial<GitHubErrorDetails> | undefined;
    return typeof d?.status === 'number' ? d.status : 0;
  }
  const s = (error as { status?: unknown })?.status;
  return typeof s === 'number' ? s : 0;
}
