// Bounded reads of the few files whose contents matter. Files over the size limit and binary files
// are skipped with a warning; unreadable files become warnings, never exceptions.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { ProfileWarning } from './types';

export const MAX_READ_BYTES = 1024 * 1024;

export interface ReadResult {
  text: string | null;
  warning?: ProfileWarning;
}

/** NUL bytes in the first 8 KB: the same test git uses to call a file binary. */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

// One buffer, one byte larger than the limit, reused by every (synchronous) read: a read that
// fills it means the file is over the limit, with no stat call and no allocation per file.
let shared: Buffer | undefined;

function readBounded(abs: string, rel: string, headOnly: number | undefined): ReadResult {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file listed by the git index but deleted from the work tree is simply absent.
    if (code === 'ENOENT') return { text: null };
    return { text: null, warning: { file: rel, message: `not readable (${code ?? 'error'}), skipped` } };
  }
  try {
    shared ??= Buffer.allocUnsafe(MAX_READ_BYTES + 1);
    const limit = headOnly === undefined ? shared.length : Math.min(headOnly, MAX_READ_BYTES);
    let off = 0;
    while (off < limit) {
      const n = readSync(fd, shared, off, limit - off, off);
      if (n <= 0) break;
      off += n;
    }
    if (headOnly === undefined && off > MAX_READ_BYTES) {
      const size = fstatSync(fd).size;
      return { text: null, warning: { file: rel, message: `larger than 1 MB (${Math.round(size / 1024 / 1024)} MB), not read` } };
    }
    const data = shared.subarray(0, off);
    if (looksBinary(data)) return { text: null, warning: { file: rel, message: 'binary file where text was expected, skipped' } };
    return { text: data.toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { text: null, warning: { file: rel, message: `not readable (${code ?? 'error'}), skipped` } };
  } finally {
    closeSync(fd);
  }
}

export type Reader = (rel: string, opts?: { headOnly?: number }) => ReadResult;

/** A synchronous reader bound to a root. Callers batch reads inside one step (see detect.ts). */
export function createReader(root: string): Reader {
  return (rel, opts) => readBounded(join(root, rel), rel, opts?.headOnly);
}
