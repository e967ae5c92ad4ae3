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

/** The real path of `p`; for a path that does not exist (yet), its deepest existing ancestor's real path plus the rest. */
function realOrResolved(p: string): string {
  const abs = path.resolve(p);
  const rest: string[] = [];
  for (let cur = abs; ;) {
    try {
      return path.join(realpathSync(cur), ...rest.reverse());
    } catch {
      const up = path.dirname(cur);
      if (up === cur) return abs;
      rest.push(path.basename(cur));
      cur = up;
    }
  }
}

/** A component of `abs` that is a symbolic link whose target does not exist. */
function danglingLinkOn(abs: string): boolean {
  for (let cur = abs; ;) {
    try {
      realpathSync(cur);
      return false;
    } catch {
      if (isSymlink(cur)) return true;
      const up = path.dirname(cur);
      if (up === cur) return false;
      cur = up;
    }
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
    // Missing: judged by where it would be, through the real path of its deepest existing ancestor.
    // A dangling link on the way could be made to point anywhere later: it counts as outside.
    const would = realOrResolved(abs);
    if (danglingLinkOn(abs)) return { ok: false, missing: false, real: `${would} (a dangling symbolic link)` };
    return isWithin(root, would) ? { ok: false, missing: true } : { ok: false, missing: false, real: would };
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
