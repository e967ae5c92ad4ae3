// How long a remote service asked us to wait. Each SDK carries headers differently (Octokit: a plain
// object on error.response; OpenAI/Anthropic: a fetch Headers on error.headers; Gemini: a
// `retryDelay` inside the JSON body quoted in the message), so headers are read through one getter.

export type HeaderGetter = (name: string) => string | undefined;

/** A case-insensitive getter over a fetch `Headers`, a Map, or a plain object of headers. */
export function headerGetter(headers: unknown): HeaderGetter | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  const h = headers as { get?: unknown };
  if (typeof h.get === 'function') {
    return (name) => {
      const v = (h.get as (n: string) => unknown).call(headers, name);
      return v === null || v === undefined ? undefined : String(v);
    };
  }
  const lower = new Map<string, string>();
  for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
    if (v !== undefined && v !== null) lower.set(k.toLowerCase(), Array.isArray(v) ? String(v[0]) : String(v));
  }
  return (name) => lower.get(name.toLowerCase());
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The wait the service asked for, in ms: `retry-after-ms` (OpenAI), `Retry-After`, GitHub's primary
 * limit (`x-ratelimit-remaining: 0` + `x-ratelimit-reset` epoch seconds), then Gemini's `retryDelay`.
 */
export function retryAfterFrom(get: HeaderGetter | undefined, message: string, now: number): number | undefined {
  if (get) {
    const ms = get('retry-after-ms');
    if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
    const ra = parseRetryAfter(get('retry-after'), now);
    if (ra !== undefined) return ra;
    const reset = get('x-ratelimit-reset');
    if (get('x-ratelimit-remaining') === '0' && reset !== undefined && /^\d+$/.test(reset.trim())) {
      return Math.max(0, Number(reset) * 1000 - now);
    }
  }
  const delay = /"retryDelay"\s*:\s*"(\d+(?:\.\d+)?)s"/.exec(message);
  return delay ? Math.round(Number(delay[1]) * 1000) : undefined;
}
