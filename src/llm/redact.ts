// Redaction: every prompt is passed through here before it leaves the machine. Secrets become
// `[REDACTED:<kind>]` so the model still sees that a value exists and what kind it is.
import { ENV_FILE, HIGH_ENTROPY, REFERENCE_VALUE, SECRET_PATTERNS, type SecretPattern } from './secret-patterns';

export interface RedactionResult {
  text: string;
  /** Count of replacements per pattern id. */
  counts: Record<string, number>;
}

export interface RedactOptions {
  /** Repository-relative file name: `.env` files have every value redacted. */
  file?: string;
  /** Exact values that must never be sent (the configured API keys, tokens). */
  known?: readonly string[];
  patterns?: readonly SecretPattern[];
}

export const redactionMark = (kind: string): string => `[REDACTED:${kind}]`;

const isRedactionMark = (s: string) => s.startsWith('[REDACTED');

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const freq = new Map<string, number>();
  for (const ch of s) freq.set(ch, (freq.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of freq.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

export function looksRandom(token: string): boolean {
  const t = token.replace(/^[=/_-]+|[=/_-]+$/g, '');
  if (t.length < HIGH_ENTROPY.minLength) return false;
  if (!/[0-9]/.test(t) || !/[a-z]/.test(t) || !/[A-Z]/.test(t)) return false;
  const segments = t.match(HIGH_ENTROPY.segment) ?? [t];
  if (t.length / segments.length >= HIGH_ENTROPY.minAverageSegment) return false; // camelCase words, not noise
  return entropy(t) >= HIGH_ENTROPY.minBitsPerChar;
}

function bump(counts: Record<string, number>, id: string, n = 1) {
  counts[id] = (counts[id] ?? 0) + n;
}

function applyPattern(text: string, p: SecretPattern, counts: Record<string, number>): string {
  p.pattern.lastIndex = 0;
  return text.replace(p.pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    const last = args[args.length - 1];
    const groups = (last && typeof last === 'object' ? last : undefined) as Record<string, string | undefined> | undefined;
    if (groups?.secret !== undefined) {
      const secret = groups.secret;
      if (isRedactionMark(secret) || REFERENCE_VALUE.test(secret)) return match;
      bump(counts, p.id);
      return `${groups.pre ?? ''}${redactionMark(p.id)}${groups.post ?? ''}`;
    }
    if (isRedactionMark(match)) return match;
    bump(counts, p.id);
    return redactionMark(p.id);
  });
}

/** `.env` files: keep the names (they describe the configuration), drop every value. */
function redactEnvFile(text: string, counts: Record<string, number>): string {
  return text.replace(/^(\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.-]*\s*=\s*)(.+)$/gm, (m, pre: string, value: string) => {
    const v = value.trim().replace(/^["']|["']$/g, '');
    if (v === '' || isRedactionMark(v) || REFERENCE_VALUE.test(v)) return m;
    bump(counts, 'env-value');
    return `${pre}${redactionMark('env-value')}`;
  });
}

export function redact(text: string, opts: RedactOptions = {}): RedactionResult {
  const counts: Record<string, number> = {};
  let out = text;
  for (const k of opts.known ?? []) {
    if (k && k.length >= 8 && out.includes(k)) {
      const parts = out.split(k);
      bump(counts, 'configured-secret', parts.length - 1);
      out = parts.join(redactionMark('configured-secret'));
    }
  }
  for (const p of opts.patterns ?? SECRET_PATTERNS) out = applyPattern(out, p, counts);
  if (opts.file && ENV_FILE.test(opts.file)) out = redactEnvFile(out, counts);
  HIGH_ENTROPY.candidate.lastIndex = 0;
  out = out.replace(HIGH_ENTROPY.candidate, (token) => {
    if (!looksRandom(token)) return token;
    bump(counts, 'high-entropy');
    return redactionMark('high-entropy');
  });
  return { text: out, counts };
}

/** Markers in a text, whoever placed them: the true count of what was withheld from it. */
export function countRedactionMarks(text: string): number {
  return text.match(/\[REDACTED:[a-z0-9-]+\]/g)?.length ?? 0;
}

export function redactionTotal(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
