// Bounded reads of the few files whose contents matter. Files over the size limit and binary files
// are skipped with a warning; unreadable files become warnings, never exceptions.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { RunStep } from '../supervisor/step';
import type { ProfileWarning } from './types';

export const MAX_READ_BYTES = 1024 * 1024;

export interface ReadResult {
  text: string | null;
  warning?: ProfileWarning;
}

/** NUL bytes in the first 8 KB: the same test git uses to call a file binary. */
export function looksBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

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
    const size = fstatSync(fd).size;
    if (size > MAX_READ_BYTES && headOnly === undefined) {
      return { text: null, warning: { file: rel, message: `larger than 1 MB (${Math.round(size / 1024 / 1024)} MB), not read` } };
    }
    const len = Math.min(size, headOnly ?? MAX_READ_BYTES);
    const buf = Buffer.allocUnsafe(len);
    let off = 0;
    while (off < len) {
      const n = readSync(fd, buf, off, len - off, off);
      if (n <= 0) break;
      off += n;
    }
    const data = buf.subarray(0, off);
    if (looksBinary(data)) return { text: null, warning: { file: rel, message: 'binary file where text was expected, skipped' } };
    return { text: data.toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { text: null, warning: { file: rel, message: `not readable (${code ?? 'error'}), skipped` } };
  } finally {
    closeSync(fd);
  }
}

export type Reader = (rel: string, opts?: { headOnly?: number }) => Promise<ReadResult>;

/** A reader bound to a root; each read is one step through the supervisor seam. */
export function createReader(root: string, step: RunStep): Reader {
  return (rel, opts) => step(`profile.read ${rel}`, () => readBounded(join(root, rel), rel, opts?.headOnly), { dependency: 'fs' });
}
