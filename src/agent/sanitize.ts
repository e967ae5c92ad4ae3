// What of an AWS result may enter a prompt or a report. The AWS layer already redacts; this is the
// agent's own line: configuration values that commonly hold secrets are replaced by a mark (their
// names stay: they describe the configuration), long strings and lists are cut, the size is bounded.
import { redact } from '../llm/redact';

/** Keys whose values are never shown (lower-case). */
const SECRET_VALUE_KEYS = new Set(['userdata', 'password', 'masteruserpassword', 'secretstring', 'secretbinary', 'authtoken', 'plaintext']);
/** Containers of name → value pairs whose values are hidden: Lambda Environment.Variables, ECS environment lists. */
const ENV_MAPS = new Set(['variables']);
const ENV_LISTS = new Set(['environment']);
/** Keys dropped entirely (code locations, pre-signed URLs). */
const DROP_KEYS = new Set(['code', 'location', 'responsemetadata', '$metadata']);

export const HIDDEN = '[hidden]';

export interface SanitizeLimits {
  maxString: number;
  maxArray: number;
  maxDepth: number;
}

const DEFAULT_LIMITS: SanitizeLimits = { maxString: 400, maxArray: 25, maxDepth: 8 };

export function sanitizeOutput(value: unknown, limits: Partial<SanitizeLimits> = {}): unknown {
  const l = { ...DEFAULT_LIMITS, ...limits };
  const walk = (v: unknown, depth: number, key: string): unknown => {
    if (v === null || v === undefined) return v ?? null;
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'string') return v.length > l.maxString ? `${v.slice(0, l.maxString)}…(${v.length} chars)` : v;
    if (typeof v !== 'object') return v;
    if (depth >= l.maxDepth) return '…';
    if (v instanceof Uint8Array) return `[${v.byteLength} bytes]`;
    if (Array.isArray(v)) {
      if (ENV_LISTS.has(key))
        return v
          .slice(0, l.maxArray)
          .map((e) => (e && typeof e === 'object' && 'name' in e ? { name: (e as { name: unknown }).name, value: HIDDEN } : HIDDEN));
      const out = v.slice(0, l.maxArray).map((x) => walk(x, depth + 1, key));
      if (v.length > l.maxArray) out.push(`…(${v.length - l.maxArray} more)`);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const lk = k.toLowerCase();
      if (DROP_KEYS.has(lk)) continue;
      if (SECRET_VALUE_KEYS.has(lk)) out[k] = HIDDEN;
      else if (ENV_MAPS.has(lk) && x && typeof x === 'object' && !Array.isArray(x))
        out[k] = Object.fromEntries(Object.keys(x as object).map((name) => [name, HIDDEN]));
      else out[k] = walk(x, depth + 1, lk);
    }
    return out;
  };
  return walk(value, 0, '');
}

/** Sanitized, redacted JSON text of a result, at most `maxChars` long. */
export function resultForPrompt(value: unknown, maxChars = 3000): string {
  const text = redact(JSON.stringify(sanitizeOutput(value))).text;
  return text.length > maxChars ? `${text.slice(0, maxChars)}…(truncated, ${text.length} chars)` : text;
}
