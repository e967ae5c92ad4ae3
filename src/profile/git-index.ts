// The file list from the git index (.git/index), read directly: the same list `git ls-files`
// prints, with each file's size as recorded when it was staged. Reading the index is an order of
// magnitude cheaper than walking and stat-ing a large tree, and tracked files are exactly what a
// repository ships. Anything unusual (split index, sparse index, unknown version) returns null and
// the caller falls back to walking the tree.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface IndexedFile {
  path: string;
  size: number;
}

interface GitLocation {
  gitDir: string;
  /** Path of the profiled directory relative to the work tree root ('' when it is the root). */
  prefix: string;
}

function findGitDir(dir: string): GitLocation | null {
  let cur = resolve(dir);
  for (let depth = 0; depth < 64; depth++) {
    const dotGit = join(cur, '.git');
    let st;
    try {
      st = statSync(dotGit);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) return { gitDir: dotGit, prefix: toPosix(relative(cur, resolve(dir))) };
    if (st?.isFile()) {
      // Worktrees and submodules: ".git" is a file "gitdir: <path>".
      const m = /^gitdir:\s*(.+)$/m.exec(readSmall(dotGit));
      if (!m) return null;
      const gitDir = isAbsolute(m[1].trim()) ? m[1].trim() : resolve(cur, m[1].trim());
      return { gitDir, prefix: toPosix(relative(cur, resolve(dir))) };
    }
    const parent = dirname(cur);
    if (parent === cur) return null;
    cur = parent;
  }
  return null;
}

function readSmall(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const FLAG_EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;
const EXT_SKIP_WORKTREE = 0x4000;

/** Receives each file as (folder with trailing slash or "" for the root, file name, size). */
export type FileSink = (dirSlash: string, name: string, size: number) => void;

/**
 * Stream the regular files of an index (versions 2, 3 and 4) to `sink`. Consecutive entries share
 * their folder (the index is sorted), so a folder's name is decoded once and only file names are
 * decoded per entry: no full-path string is built. Returns false for formats this reader does not
 * handle (the caller then discards what it received and walks the tree instead). With `under`, only
 * paths starting with those bytes reach the sink (the whole index is still checked for its format).
 */
export function streamGitIndex(buf: Buffer, sink: FileSink, hashSize = 20, under?: Buffer): boolean {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return false;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return false;
  const count = buf.readUInt32BE(8);
  let pos = 12;
  const fixed = 40 + hashSize + 2; // ctime, mtime, dev, ino, mode, uid, gid, size, hash, flags
  // Version 4 paths are rebuilt in a scratch buffer; versions 2/3 are read in place.
  let scratch = version === 4 ? Buffer.alloc(4096) : buf;
  let curLen = 0;
  let prevDir = Buffer.alloc(256);
  let prevDirLen = -1;
  let dirString = '';
  const names = new NameTable();
  for (let i = 0; i < count; i++) {
    const start = pos;
    if (pos + fixed > buf.length) return false;
    // Within the bounds just checked: read the bytes directly (no call per field).
    const mode = u32(buf, pos + 24);
    const size = u32(buf, pos + 36);
    const flags = (buf[pos + 40 + hashSize]! << 8) | buf[pos + 41 + hashSize]!;
    pos += fixed;
    let skipWorktree = false;
    if (flags & FLAG_EXTENDED) {
      if (version < 3) return false;
      skipWorktree = (buf.readUInt16BE(pos) & EXT_SKIP_WORKTREE) !== 0;
      pos += 2;
    }
    let pathStart: number;
    let pathEnd: number;
    if (version === 4) {
      // Prefix-compressed: a varint of bytes to drop from the previous path, then a NUL-terminated suffix.
      let byte = buf[pos++];
      let strip = byte & 0x7f;
      while (byte & 0x80) {
        byte = buf[pos++];
        strip = ((strip + 1) << 7) | (byte & 0x7f);
      }
      const end = buf.indexOf(0, pos);
      if (end < 0 || strip > curLen) return false;
      const keep = curLen - strip;
      const need = keep + (end - pos);
      if (need > scratch.length) {
        const bigger = Buffer.alloc(need * 2);
        scratch.copy(bigger, 0, 0, keep);
        scratch = bigger;
      }
      buf.copy(scratch, keep, pos, end);
      curLen = need;
      pathStart = 0;
      pathEnd = curLen;
      pos = end + 1;
    } else {
      const nameLen = flags & NAME_MASK;
      const end = nameLen < NAME_MASK ? pos + nameLen : buf.indexOf(0, pos);
      if (end < 0 || end > buf.length) return false;
      pathStart = pos;
      pathEnd = end;
      // Entries are padded with 1–8 NULs to a multiple of 8 bytes.
      pos = start + ((end - start + 8) & ~7);
    }
    // Sparse-index directory entries cannot be listed without expanding the tree: give up.
    if ((mode & S_IFMT) === 0o040000) return false;
    if ((mode & S_IFMT) !== S_IFREG || skipWorktree) continue; // symlinks, submodules, sparse files
    if (((flags >> 12) & 0x3) > 1) continue; // merge conflict: keep one entry per path
    const src = version === 4 ? scratch : buf;
    if (under && !startsWithBytes(src, pathStart, pathEnd, under)) continue;
    let slash = pathEnd - 1;
    while (slash >= pathStart && src[slash] !== 0x2f) slash--;
    const dirLen = slash + 1 - pathStart;
    let same = dirLen === prevDirLen;
    for (let k = 0; same && k < dirLen; k++) if (src[pathStart + k] !== prevDir[k]) same = false;
    if (!same) {
      if (dirLen > prevDir.length) prevDir = Buffer.alloc(dirLen * 2);
      src.copy(prevDir, 0, pathStart, pathStart + dirLen);
      prevDirLen = dirLen;
      dirString = src.toString('utf8', pathStart, pathStart + dirLen);
    }
    sink(dirString, names.get(src, slash + 1, pathEnd), size);
  }
  // A "link" extension means a split index whose entries live in another file.
  if (buf.indexOf('link', pos, 'latin1') === pos) return false;
  return true;
}

/** Big-endian unsigned 32-bit integer at `at` (the caller has checked the bounds). */
function u32(buf: Buffer, at: number): number {
  return ((buf[at]! << 24) | (buf[at + 1]! << 16) | (buf[at + 2]! << 8) | buf[at + 3]!) >>> 0;
}

function startsWithBytes(src: Buffer, start: number, end: number, prefix: Buffer): boolean {
  if (end - start < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (src[start + k] !== prefix[k]) return false;
  return true;
}

/**
 * File names repeat across a tree (index.ts, __init__.py, package.json): decoding each occurrence
 * would cost more than everything else done per file. Names are interned by a hash of their bytes
 * (FNV-1a), checked byte for byte, so each distinct name is decoded once.
 */
class NameTable {
  private readonly buckets = new Map<number, { bytes: Buffer; name: string }[]>();

  get(src: Buffer, start: number, end: number): string {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ src[i], 0x01000193);
    let bucket = this.buckets.get(h);
    if (bucket) {
      const len = end - start;
      for (const e of bucket) {
        if (e.bytes.length !== len) continue;
        let same = true;
        for (let k = 0; k < len; k++) {
          if (e.bytes[k] !== src[start + k]) {
            same = false;
            break;
          }
        }
        if (same) return e.name;
      }
    } else this.buckets.set(h, (bucket = []));
    const name = src.toString('utf8', start, end);
    bucket.push({ bytes: Buffer.from(src.subarray(start, end)), name });
    return name;
  }
}

/** Parse an index into a list (for tests and small tools; profiling streams instead). */
export function parseGitIndex(buf: Buffer, hashSize = 20): IndexedFile[] | null {
  const files: IndexedFile[] = [];
  return streamGitIndex(buf, (dir, name, size) => files.push({ path: dir + name, size }), hashSize) ? files : null;
}

/** Where the index of the work tree containing `dir` is, and `dir`'s place in it. */
export function locateGitIndex(dir: string): { index: string; hashSize: number; prefix: string } | null {
  const loc = findGitDir(dir);
  if (!loc) return null;
  let hashSize = 20;
  try {
    if (/objectformat\s*=\s*sha256/i.test(readFileSync(join(loc.gitDir, 'config'), 'utf8'))) hashSize = 32;
  } catch {
    // No readable config (worktree): SHA-1, the default.
  }
  return { index: join(loc.gitDir, 'index'), hashSize, prefix: loc.prefix };
}

/**
 * Stream the tracked files under `dir` (folders relative to `dir`) to `sink`. Returns false when
 * `dir` is not in a usable git work tree or its index cannot be read.
 */
export function streamTrackedFiles(dir: string, sink: FileSink, skipDir: (dirSlash: string) => boolean): boolean {
  const loc = locateGitIndex(dir);
  if (!loc) return false;
  let buf: Buffer;
  try {
    buf = readFileSync(loc.index);
  } catch {
    return false;
  }
  const prefix = loc.prefix ? loc.prefix + '/' : '';
  let lastDir = '\0';
  let lastOut: string | null = null;
  let seen = 0;
  const ok = streamGitIndex(
    buf,
    (dirSlash, name, size) => {
      if (dirSlash !== lastDir) {
        lastDir = dirSlash;
        lastOut = !dirSlash.startsWith(prefix) ? null : dirSlash.slice(prefix.length);
        if (lastOut !== null && lastOut !== '' && skipDir(lastOut)) lastOut = null;
      }
      if (lastOut === null) return;
      seen++;
      sink(lastOut, name, size);
    },
    loc.hashSize,
    // Only entries under `dir` are decoded (the sink would drop the others).
    prefix ? Buffer.from(prefix, 'utf8') : undefined,
  );
  return ok && seen > 0;
}

/** Tracked files under `dir` (paths relative to `dir`), or null when `dir` is not in a usable git work tree. */
export function listGitIndex(dir: string): IndexedFile[] | null {
  const files: IndexedFile[] = [];
  return streamTrackedFiles(
    dir,
    (d, n, size) => files.push({ path: d + n, size }),
    () => false,
  )
    ? files
    : null;
}
