// GitHub API failures → the supervisor's error taxonomy, so retry/circuit-breaker decisions are
// made on types (rate-limit, permission, conflict…) rather than on HTTP details. The type, status
// and wait come from the supervisor's classifier (one table for every dependency); this module only
// adds what is GitHub-specific: the route and GitHub's own reason (message plus validation errors).
import { classify, statusOf } from '../supervisor/classify';
import { InframateError } from '../supervisor/errors';

export interface GitHubErrorDetails {
  status: number;
  route: string;
  /** When GitHub said how long to wait (Retry-After or X-RateLimit-Reset), in milliseconds. */
  retryAfterMs?: number;
}

/** GitHub's message and its first validation errors ("Validation Failed; Reference already exists"). */
function apiMessage(error: unknown): string | undefined {
  const data = (error as { response?: { data?: unknown } } | undefined)?.response?.data as
    { message?: unknown; errors?: unknown } | undefined;
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
  const c = classify(error, { dependency: 'github' });
  const message = apiMessage(error) ?? c.message;
  const what = c.status ? `${c.status} ${message}` : message;
  const details: GitHubErrorDetails = { status: c.status ?? 0, route, retryAfterMs: c.retryAfterMs };
  return new InframateError(c.type, `GitHub ${route}: ${what}`, {
    cause: error,
    status: c.status,
    code: c.code,
    retryAfterMs: c.retryAfterMs,
    solution: c.solution,
    details,
  });
}

/** The HTTP status behind an error, when it came from GitHub (0 otherwise). */
export function githubStatus(error: unknown): number {
  if (error instanceof InframateError) return statusOf(error) ?? 0;
  const s = (error as { status?: unknown })?.status;
  return typeof s === 'number' ? s : 0;
}
