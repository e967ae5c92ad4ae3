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

/** Parse index versions 2, 3 and 4. Returns null for formats this reader does not handle. */
export function parseGitIndex(buf: Buffer, hashSize = 20): IndexedFile[] | null {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count = buf.readUInt32BE(8);
  const files: IndexedFile[] = [];
  let pos = 12;
  let prevPath = '';
  const fixed = 40 + hashSize + 2; // ctime, mtime, dev, ino, mode, uid, gid, size, hash, flags
  for (let i = 0; i < count; i++) {
    const start = pos;
    if (pos + fixed > buf.length) return null;
    const mode = buf.readUInt32BE(pos + 24);
    const size = buf.readUInt32BE(pos + 36);
    const flags = buf.readUInt16BE(pos + 40 + hashSize);
    pos += fixed;
    let skipWorktree = false;
    if (flags & FLAG_EXTENDED) {
      if (version < 3) return null;
      skipWorktree = (buf.readUInt16BE(pos) & EXT_SKIP_WORKTREE) !== 0;
      pos += 2;
    }
    let path: string;
    if (version === 4) {
      // Prefix-compressed: a varint of bytes to drop from the previous path, then a NUL-terminated suffix.
      let byte = buf[pos++];
      let strip = byte & 0x7f;
      while (byte & 0x80) {
        byte = buf[pos++];
        strip = ((strip + 1) << 7) | (byte & 0x7f);
      }
      const end = buf.indexOf(0, pos);
      if (end < 0) return null;
      const prev = Buffer.from(prevPath, 'utf8');
      path = prev.toString('utf8', 0, prev.length - strip) + buf.toString('utf8', pos, end);
      pos = end + 1;
    } else {
      const nameLen = flags & NAME_MASK;
      const end = nameLen < NAME_MASK ? pos + nameLen : buf.indexOf(0, pos);
      if (end < 0 || end > buf.length) return null;
      path = buf.toString('utf8', pos, end);
      // Entries are padded with 1–8 NULs to a multiple of 8 bytes.
      pos = start + ((end - start + 8) & ~7);
    }
    prevPath = path;
    // Sparse-index directory entries cannot be listed without expanding the tree: give up.
    if ((mode & S_IFMT) === 0o040000) return null;
    if ((mode & S_IFMT) !== S_IFREG || skipWorktree) continue; // symlinks, submodules, sparse files
    const stage = (flags >> 12) & 0x3;
    if (stage > 1) continue; // merge conflict: keep one entry per path
    files.push({ path, size });
  }
  // A "link" extension means a split index whose entries live in another file.
  if (buf.indexOf('link', pos, 'latin1') === pos) return null;
  return files;
}

/** Tracked files under `dir` (paths relative to `dir`), or null when `dir` is not in a usable git work tree. */
export function listGitIndex(dir: string): IndexedFile[] | null {
  const loc = findGitDir(dir);
  if (!loc) return null;
  let buf: Buffer;
  try {
    buf = readFileSync(join(loc.gitDir, 'index'));
  } catch {
    return null;
  }
  let hashSize = 20;
  try {
    if (/objectformat\s*=\s*sha256/i.test(readFileSync(join(loc.gitDir, 'config'), 'utf8'))) hashSize = 32;
  } catch {
    // No readable config (worktree): SHA-1, the default.
  }
  const all = parseGitIndex(buf, hashSize);
  if (!all || all.length === 0) return null;
  if (!loc.prefix) return all;
  const p = loc.prefix + '/';
  const out: IndexedFile[] = [];
  for (const f of all) if (f.path.startsWith(p)) out.push({ path: f.path.slice(p.length), size: f.size });
  return out.length ? out : null;
}
