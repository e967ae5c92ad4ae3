// Structured output: a zod schema becomes the JSON schema sent with the request, and the reply is
// parsed and validated against the same zod schema. A failed validation yields a message precise
// enough to quote in the single repair request.
import { z } from 'zod';
import type { ProviderReply } from './types';

/** Keys the providers' schema dialects reject or ignore. */
const DROP_KEYS = new Set(['$schema', '$id']);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (!DROP_KEYS.has(k)) out[k] = strip(v);
  return out;
}

export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  return strip(z.toJSONSchema(schema, { unrepresentable: 'any' })) as Record<string, unknown>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Models sometimes wrap JSON in a markdown fence despite the JSON mime type. */
function unfence(text: string): string {
  const t = text.trim();
  const m = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/.exec(t);
  return m ? m[1] : t;
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 10)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

export function parseReply<T>(reply: ProviderReply, schema: z.ZodType<T>): Parsed<T> {
  if (reply.finishReason === 'safety') return { ok: false, error: `the provider withheld the reply (${reply.detail ?? 'safety'})` };
  if (reply.text === null) return { ok: false, error: `the reply was empty (${reply.detail ?? 'no content'})` };
  let data: unknown;
  try {
    data = JSON.parse(unfence(reply.text));
  } catch (e) {
    const cut = reply.finishReason === 'length' ? ' — the reply was cut off at the output token limit; answer more briefly' : '';
    return { ok: false, error: `the reply is not valid JSON (${(e as Error).message})${cut}` };
  }
  const result = schema.safeParse(data);
  if (!result.success) return { ok: false, error: `the reply does not match the schema: ${formatIssues(result.error)}` };
  return { ok: true, value: result.data };
}

/** Whether a repair request can help (a withheld reply will be withheld again). */
export function repairable(reply: ProviderReply): boolean {
  return reply.finishReason !== 'safety';
}

export function repairPrompt(originalUser: string, previous: string | null, error: string): string {
  const quoted = previous === null ? '(nothing)' : previous.length > 4000 ? previous.slice(0, 4000) + '…' : previous;
  return [
    originalUser,
    '',
    '---',
    'Your previous reply was rejected.',
    `Validation error: ${error}`,
    'Previous reply (verbatim):',
    '```',
    quoted,
    '```',
    'Reply again with a single JSON value that satisfies the schema exactly. No prose, no markdown.',
  ].join('\n');
}
