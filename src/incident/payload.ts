// Alertmanager webhook payloads (version 4), validated strictly: known fields must have their
// types, version must be "4" and alerts must be present. Fields later Alertmanager versions added
// (fingerprint, truncatedAlerts, routeLabels…) are optional, and unknown new fields are ignored.
// A rejected payload names the file and the line of the offending field.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError } from '../supervisor/errors';

const labels = z.record(z.string(), z.string());
const timestamp = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an RFC 3339 time');

export const alertSchema = z.object({
  status: z.enum(['firing', 'resolved']),
  labels: labels.refine((l) => Object.keys(l).length > 0, 'an alert needs at least one label'),
  annotations: labels.default({}),
  startsAt: timestamp,
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
  fingerprint: z.string().max(128).optional(),
});

export const webhookSchema = z.object({
  version: z.literal('4', { message: 'only Alertmanager webhook version "4" is supported' }),
  groupKey: z.string().min(1).max(4096),
  truncatedAlerts: z.number().int().min(0).optional(),
  status: z.enum(['firing', 'resolved']),
  receiver: z.string(),
  groupLabels: labels.default({}),
  commonLabels: labels.default({}),
  commonAnnotations: labels.default({}),
  externalURL: z.string().default(''),
  routeLabels: labels.optional(),
  alerts: z.array(alertSchema).max(10_000),
});

export type Alert = z.infer<typeof alertSchema>;
export type AlertmanagerWebhook = z.infer<typeof webhookSchema>;

/** Line (1-based) of a JSON path in the text, when it can be found. */
function lineOf(text: string, path: PropertyKey[]): number | undefined {
  try {
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc });
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lc.linePos(node.range[0]).line;
    }
  } catch {
    // no line then
  }
  return undefined;
}

function syntaxLine(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return text.slice(0, Number(pos[1])).split('\n').length;
  const line = /line (\d+)/.exec(message);
  return line ? Number(line[1]) : undefined;
}

/** Parse and validate one webhook body. `file` names the source in errors (a path, "stdin", "POST /alerts"). */
export function parseWebhook(text: string, file: string): AlertmanagerWebhook {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new InputError(`the Alertmanager payload is not valid JSON: ${message}`, { file, line: syntaxLine(text, message) });
  }
  return validateWebhook(data, file, text);
}

export function validateWebhook(data: unknown, file: string, text?: string): AlertmanagerWebhook {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new InputError('the Alertmanager payload must be a JSON object', { file, line: 1 });
  const parsed = webhookSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    throw new InputError(`not an Alertmanager v4 webhook payload: ${where}: ${issue.message}`, {
      file,
      line: text ? lineOf(text, issue.path) : undefined,
    });
  }
  return parsed.data;
}
