// A stable identity for "the same failure": the step family, the type and the message with
// everything that varies between occurrences (numbers, ids, hashes, URLs, quoted values) removed.
// It keys loop detection within a run and the error issue across runs.
import { createHash } from 'node:crypto';
import type { ErrorType } from './errors';

/** "github.create-pull-request" → "github"; "llm:gemini.generate" → "llm". */
export function stepFamily(step: string): string {
  return (step.split(/[.:/]/)[0] ?? step).toLowerCase();
}

const VARIABLE_PARTS: ReadonlyArray<[RegExp, string]> = [
  [/\bhttps?:\/\/\S+/gi, '<url>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>'],
  [/\b(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b/gi, '<hex>'],
  [/"[^"]*"|'[^']*'|`[^`]*`/g, '<q>'],
  [/\d+(\.\d+)?/g, '<n>'],
  [/\s+/g, ' '],
];

export function normalizeMessage(message: string): string {
  let out = message.toLowerCase();
  for (const [pattern, token] of VARIABLE_PARTS) out = out.replace(pattern, token);
  return out.trim();
}

export function fingerprint(step: string, type: ErrorType, message: string): string {
  return createHash('sha256')
    .update(`${stepFamily(step)}\u0000${type}\u0000${normalizeMessage(message)}`)
    .digest('hex')
    .slice(0, 16);
}
