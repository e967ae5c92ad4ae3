// Reports quote the repository (inframate.md notes and tags, compose commands, file names, loader
// messages) and become PR comments, job summaries and artifacts: every string in a report passes
// through the same redactor as a prompt before it is rendered, in markdown, JSON and SARIF alike.
import { redact } from './redact';

/**
 * Not redacted: diagram sources (a marker's brackets would change their syntax; they hold only
 * identifiers) and Inframate's own catalogue text (rule titles, descriptions and remediations quote
 * HCL such as `http_tokens = "required"` that a pattern would mistake for a secret), and the
 * directories the user named (`target`, `root`: a temporary directory's random suffix looks like a token).
 */
const SKIP_KEYS = new Set(['mermaid', 'costChart', 'schemaVersion', 'command', 'title', 'description', 'remediation', 'target', 'root']);

/** A copy of `value` with every string redacted (keys and non-strings unchanged). */
export function redactReport<T>(value: T, known: readonly string[] = []): T {
  const memo = new Map<string, string>();
  const text = (s: string): string => {
    let out = memo.get(s);
    if (out === undefined) {
      out = s.length < 4 ? s : redact(s, { known }).text;
      memo.set(s, out);
    }
    return out;
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return text(v);
    if (!v || typeof v !== 'object' || depth > 64) return v;
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = SKIP_KEYS.has(k) ? x : walk(x, depth + 1);
    return out;
  };
  return walk(value, 0) as T;
}
