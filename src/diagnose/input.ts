// The log comes from --log FILE or stdin, bounded: only the tail of a huge log is read (errors
// are at the end), so memory stays flat whatever a CI job printed.
import { open, stat } from 'node:fs/promises';
import { InputError } from '../supervisor/errors';

/** Bytes read at most; a longer log keeps its last MAX_LOG_BYTES bytes. */
export const MAX_LOG_BYTES = 8 * 1024 * 1024;

export interface LogInput {
  text: string;
  source: string;
  bytes: number;
  /** The input was longer than MAX_LOG_BYTES: its beginning was not read. */
  clipped: boolean;
}

export async function readLogFile(path: string, maxBytes = MAX_LOG_BYTES): Promise<LogInput> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read the log ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`, { file: path });
  });
  if (!info.isFile()) throw new InputError(`the log ${path} is not a file`, { file: path });
  const length = Math.min(info.size, maxBytes);
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, info.size - length);
    return { text: buf.toString('utf8'), source: path, bytes: info.size, clipped: info.size > maxBytes };
  } finally {
    await handle.close();
  }
}

export async function readLogStream(stream: NodeJS.ReadableStream, maxBytes = MAX_LOG_BYTES): Promise<LogInput> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(b);
    kept += b.length;
    total += b.length;
    while (kept - chunks[0].length >= maxBytes) kept -= chunks.shift()!.length;
  }
  let buf = Buffer.concat(chunks);
  if (buf.length > maxBytes) buf = buf.subarray(buf.length - maxBytes);
  return { text: buf.toString('utf8'), source: 'stdin', bytes: total, clipped: total > maxBytes };
}
