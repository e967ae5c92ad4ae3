// Bounded reads of input files (Terraform, variable files, inframate.md, usage files, the
// repository's files read by file()): a repository is hostile, so no file is read past a limit. The
// size is checked on the open descriptor and the read stops one byte past the limit, so a file that
// grows while it is read (or a FIFO, /dev/zero) cannot make us allocate more than limit + 1 bytes.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../supervisor/errors';

/** The largest input file Inframate reads (4 MiB): real Terraform files, specs and usage files are far smaller. */
export const MAX_INPUT_FILE_BYTES = 4 * 1024 * 1024;

/** "4 MiB", "200.0 MB": sizes in messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** A file over the limit: an input error naming the file, its size and the limit. */
export class FileTooLargeError extends InputError {
  override readonly code = 'file-too-large';
  constructor(
    readonly file: string,
    readonly size: number,
    readonly limit: number,
  ) {
    super(
      `file is ${size > limit ? `${formatBytes(size)}, ` : ''}larger than the ${formatBytes(limit)} limit for one input file; not read`,
      {
        file,
      },
    );
    this.name = 'FileTooLargeError';
  }
}

export interface BoundedReadOptions {
  /** Bytes (default MAX_INPUT_FILE_BYTES). */
  limit?: number;
  /** The name used in the error (default the path). */
  display?: string;
}

/**
 * Read a text file of at most `limit` bytes. Throws FileTooLargeError past the limit; other failures
 * (ENOENT, EISDIR, EACCES) are thrown as Node raised them, for the caller to word.
 */
export async function readTextBounded(path: string, opts: BoundedReadOptions = {}): Promise<string> {
  const limit = opts.limit ?? MAX_INPUT_FILE_BYTES;
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new FileTooLargeError(opts.display ?? path, size, limit);
    const buf = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, 64 * 1024)));
    let off = 0;
    let grown = buf;
    for (;;) {
      if (off === grown.length) {
        if (grown.length > limit) break;
        const next = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(next, 0, 0, off);
        grown = next;
      }
      const { bytesRead } = await handle.read(grown, off, grown.length - off, null);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    if (off > limit) throw new FileTooLargeError(opts.display ?? path, off, limit);
    return grown.toString('utf8', 0, off);
  } finally {
    await handle.close();
  }
}

/** The synchronous form (evaluation of file() is synchronous). */
export function readTextBoundedSync(path: string, opts: BoundedReadOptions = {}): string {
  const limit = opts.limit ?? MAX_INPUT_FILE_BYTES;
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > limit) throw new FileTooLargeError(opts.display ?? path, size, limit);
    let grown = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(size + 1, 64 * 1024)));
    let off = 0;
    for (;;) {
      if (off === grown.length) {
        if (grown.length > limit) break;
        const next = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(next, 0, 0, off);
        grown = next;
      }
      const n = readSync(fd, grown, off, grown.length - off, null);
      if (n === 0) break;
      off += n;
    }
    if (off > limit) throw new FileTooLargeError(opts.display ?? path, off, limit);
    return grown.toString('utf8', 0, off);
  } finally {
    closeSync(fd);
  }
}
