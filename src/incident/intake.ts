// Where payloads come from: --payload FILE (one payload, or an array of them for re-deliveries),
// stdin, or the repository_dispatch event (client_payload.alertmanager).
import { readFile } from 'node:fs/promises';
import type { Settings } from '../settings';
import { InputError } from '../supervisor/errors';
import { parseWebhook, validateWebhook, type AlertmanagerWebhook } from './payload';

export const MAX_PAYLOAD_BYTES = 1024 * 1024;

export function parsePayloadText(text: string, file: string): AlertmanagerWebhook[] {
  if (Buffer.byteLength(text) > 16 * MAX_PAYLOAD_BYTES)
    throw new InputError(`the payload is larger than ${16 * MAX_PAYLOAD_BYTES} bytes`, { file });
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let arr: unknown;
    try {
      arr = JSON.parse(trimmed);
    } catch {
      return [parseWebhook(text, file)]; // reports the syntax error with its line
    }
    if (!Array.isArray(arr) || !arr.length)
      throw new InputError('expected an Alertmanager payload or a non-empty array of payloads', { file, line: 1 });
    return arr.map((p, i) => validateWebhook(p, `${file}[${i}]`));
  }
  return [parseWebhook(text, file)];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readPayloads(settings: Settings, io: { stdin?: () => Promise<string> } = {}): Promise<AlertmanagerWebhook[]> {
  if (settings.payload) {
    let text: string;
    try {
      text = await readFile(settings.payload, 'utf8');
    } catch (error) {
      throw new InputError(`cannot read the payload (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: settings.payload });
    }
    return parsePayloadText(text, settings.payload);
  }
  if (settings.runtime === 'action' && settings.github.eventPath) {
    const event = JSON.parse(await readFile(settings.github.eventPath, 'utf8')) as { client_payload?: { alertmanager?: unknown } };
    const am = event.client_payload?.alertmanager;
    if (am !== undefined) {
      const text = typeof am === 'string' ? am : JSON.stringify(am);
      return [parseWebhook(text, 'client_payload.alertmanager')];
    }
  }
  if (!io.stdin && process.stdin.isTTY) throw new InputError('incident needs an Alertmanager payload: --payload FILE, or pipe it on stdin');
  const text = await (io.stdin ?? readStdin)();
  if (!text.trim()) throw new InputError('incident needs an Alertmanager payload: --payload FILE, or pipe it on stdin', { file: 'stdin' });
  return parsePayloadText(text, 'stdin');
}
