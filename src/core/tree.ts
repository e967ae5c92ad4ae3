// The repository boundary: nothing outside the tree Inframate was pointed at is read or written.
// Paths are compared after symlinks are resolved (fs.realpath), so a link in the repository
// (`envlink -> /proc/self/environ`, `deploy -> /elsewhere`) cannot lead out of it.
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** The git work tree containing `dir` (nearest ancestor holding `.git`), else `dir` itself; real path. */
export function repositoryRoot(dir: string): string {
  const start = realOrResolved(dir);
  for (let cur = start; ;) {
    if (existsSync(path.join(cur, '.git'))) return cur;
    const up = path.dirname(cur);
    if (up === cur) return start;
    cur = up;
  }
}

function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** `child` is `root` or below it (both absolute, already real). */
export function isWithin(root: string, child: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export type RealPathCheck = { ok: true; real: string } | { ok: false; missing: true } | { ok: false; missing: false; real: string };

/**
 * Where `p` really is, and whether that is inside `root` (a real path). A path that does not exist is
 * `missing` when its lexical location is inside (a dangling link's target is never followed).
 */
export function checkInside(root: string, p: string): RealPathCheck {
  const abs = path.resolve(p);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    // Missing: judged by where its nearest existing ancestor really is.
    let up = path.dirname(abs);
    for (;;) {
      try {
        const r = realpathSync(up);
        return isWithin(root, r) ? { ok: false, missing: true } : { ok: false, missing: false, real: r };
      } catch {
        const next = path.dirname(up);
        if (next === up) return { ok: false, missing: true };
        up = next;
      }
    }
  }
  return isWithin(root, real) ? { ok: true, real } : { ok: false, missing: false, real };
}

/** Why `dir` cannot be the directory a command works on (missing, a file), or undefined when it can. */
export function notADirectory(dir: string): string | undefined {
  try {
    return statSync(dir).isDirectory() ? undefined : `not a directory: ${dir} (give the repository's directory, not a file in it)`;
  } catch {
    return `directory not found: ${dir}`;
  }
}

/** A symbolic link, without following it. */
export function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
