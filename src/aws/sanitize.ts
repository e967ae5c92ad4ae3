// What an AWS answer may carry onwards: SDK metadata and presigned code URLs dropped, environment
// variable values and secret-looking fields masked, everything else kept. `forModel` then bounds
// the size and runs the LLM layer's text redaction before any model sees it.
import { redact, redactionMark } from '../llm/redact';

const SECRET_KEY = /^(password|masterUserPassword|authToken|secretAccessKey|sessionToken|privateKey|userData|secretString|token)$/i;
const MASK_ENV = redactionMark('env-value');
const MASK_SECRET = redactionMark('secret-field');

/** A deep copy of an SDK result that is safe to report or log. */
export function sanitizeResult(value: unknown): unknown {
  return walk(value, []);
}

function walk(value: unknown, path: readonly string[]): unknown {
  if (Array.isArray(value)) {
    const parent = path[path.length - 1] ?? '';
    // ECS container definitions: environment: [{ name, value }].
    if (/^environment$/i.test(parent)) {
      return value.map((v) =>
        v && typeof v === 'object' && 'value' in v ? { ...(v as object), value: MASK_ENV } : walk(v, [...path, '[]']),
      );
    }
    return value.map((v) => walk(v, [...path, '[]']));
  }
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === '$metadata' || k === '$response') continue;
    const parent = path[path.length - 1] ?? '';
    // Lambda GetFunction / GetLayerVersion: a presigned URL to download the code.
    if (k === 'Location' && /^(Code|Content)$/.test(parent)) continue;
    // Lambda: Environment.Variables is a map of name → value.
    if (k === 'Variables' && parent === 'Environment' && v && typeof v === 'object') {
      out[k] = Object.fromEntries(Object.keys(v).map((name) => [name, MASK_ENV]));
      continue;
    }
    if (SECRET_KEY.test(k) && (typeof v === 'string' || typeof v === 'number')) {
      out[k] = MASK_SECRET;
      continue;
    }
    out[k] = walk(v, [...path, k]);
  }
  return out;
}

export interface ForModelOptions {
  maxChars?: number;
  maxItems?: number;
}

/** Sanitized, list-bounded, text-redacted and truncated JSON for an LLM prompt. */
export function forModel(value: unknown, opts: ForModelOptions = {}): string {
  const maxChars = opts.maxChars ?? 12_000;
  const maxItems = opts.maxItems ?? 50;
  const bounded = boundLists(sanitizeResult(value), maxItems);
  const text = redact(JSON.stringify(bounded, null, 1)).text;
  return text.length > maxChars ? `${text.slice(0, maxChars)}\n… [truncated ${text.length - maxChars} characters]` : text;
}

function boundLists(value: unknown, maxItems: number): unknown {
  if (Array.isArray(value)) {
    const kept = value.slice(0, maxItems).map((v) => boundLists(v, maxItems));
    return value.length > maxItems ? [...kept, `… ${value.length - maxItems} more`] : kept;
  }
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, boundLists(v, maxItems)]));
}
