// Walk a directory tree the way git would see it: .gitignore files at every level (the `ignore`
// package), skipped dependency/build folders, symlinked directories never followed (so no loops and
// no escape from the repository), symlinked files kept only when they point inside it.
import { AsyncLocalStorage } from 'node:async_hooks';
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { languageOf } from './languages';
import { isSkippedDir, joinPath } from './paths';
import type { FileSink } from './git-index';
import type { ProfileWarning } from './types';

export interface WalkOptions {
  /** Stop after this many files (a warning says so). */
  maxFiles?: number;
  /**
   * Past this many files, a code file's size is the running mean of its extension once SIZE_SAMPLE
   * files of that extension were measured (default 20,000): in trees of tens of thousands of files one
   * stat per file was most of the profile's time, and language shares only need proportions.
   */
  exactSizesUpTo?: number;
  /** false: no size is measured (every file gets -1), for callers that only need names. */
  sizes?: boolean;
}

/** Files of one extension measured before its mean stands for the rest (in large trees). */
export const SIZE_SAMPLE = 256;

interface Scope {
  /** Directory (relative to root) the .gitignore lives in. */
  base: string;
  ig: Ignore;
  /** Set when every rule matches by name alone (see byNameOnly): verdicts per name ("name/" for folders). */
  byName?: Map<string, boolean>;
}

/**
 * True when every rule of a .gitignore has no slash but a trailing one, no negation and no escape
 * (`*.log`, `node_modules`, `dist/`): such a rule matches a path by its last part alone, and without
 * negations an entry whose folders were not ignored is ignored exactly when its name is. Its verdict
 * is then asked once per name instead of once per path (the ignore package keeps every path it was
 * asked about, which in a tree of 100,000 files cost more than reading the tree).
 */
export function byNameOnly(gitignore: string): boolean {
  for (const raw of gitignore.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('!') || line.includes('\\') || line.replace(/\/$/, '').includes('/')) return false;
  }
  return true;
}

/** One finished walk: what it gave its sink and warned, in order, to be given again. */
interface RecordedWalk {
  sizes: boolean;
  exactUpTo: number;
  dirs: string[];
  names: string[];
  sizesOf: number[];
  /** Entry warnings with the number of files given before each. */
  warnings: { at: number; warning: ProfileWarning }[];
  estimated: number;
}

const sharedWalks = new AsyncLocalStorage<Map<string, RecordedWalk>>();

/**
 * Within `fn`, a second walk of the same tree (analyze: the profile, then the run contract) gives
 * back what the first one found instead of reading the tree again. Only inside this scope: the tree is
 * not expected to change while it runs, and nothing is kept once it ends.
 */
export function shareWalks<T>(fn: () => T): T {
  return sharedWalks.run(new Map(), fn);
}

/**
 * Walk `root`, giving each file to `sink` as (folder "dir/" or "", name, size). Sizes are measured
 * for code files only (-1 otherwise): language shares need them, nothing else does.
 */
export function walkTree(root: string, sink: FileSink, opts: WalkOptions = {}): { files: number; warnings: ProfileWarning[] } {
  const maxFiles = opts.maxFiles ?? 1_000_000;
  const exactUpTo = opts.exactSizesUpTo ?? 20_000;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const store = sharedWalks.getStore();
  const previous = store?.get(realRoot);
  if (previous && previous.dirs.length < maxFiles && (opts.sizes === false || (previous.sizes && previous.exactUpTo === exactUpTo))) {
    return replay(previous, sink, opts.sizes !== false);
  }
  const record: RecordedWalk | undefined = store
    ? { sizes: opts.sizes !== false, exactUpTo, dirs: [], names: [], sizesOf: [], warnings: [], estimated: 0 }
    : undefined;
  const result = walkTreeNow(root, realRoot, record ? recording(record, sink) : sink, opts, maxFiles, exactUpTo, record);
  // A walk cut short by its file limit is not given again (another limit would cut it elsewhere).
  if (store && record && result.files < maxFiles) store.set(realRoot, record);
  return result;
}

function recording(record: RecordedWalk, sink: FileSink): FileSink {
  return (dirSlash, name, size) => {
    record.dirs.push(dirSlash);
    record.names.push(name);
    record.sizesOf.push(size);
    sink(dirSlash, name, size);
  };
}

function replay(r: RecordedWalk, sink: FileSink, sizes: boolean): { files: number; warnings: ProfileWarning[] } {
  const warnings: ProfileWarning[] = [];
  let w = 0;
  for (let i = 0; i < r.dirs.length; i++) {
    while (w < r.warnings.length && r.warnings[w]!.at <= i) warnings.push(r.warnings[w++]!.warning);
    sink(r.dirs[i]!, r.names[i]!, sizes ? r.sizesOf[i]! : -1);
  }
  while (w < r.warnings.length) warnings.push(r.warnings[w++]!.warning);
  const files = r.dirs.length;
  if (sizes && r.estimated > 0) warnings.push(estimatedWarning(files, r.estimated));
  return { files, warnings };
}

const estimatedWarning = (files: number, estimated: number): ProfileWarning => ({
  file: '.',
  message: `${files} files: the sizes of ${estimated} code files are their extension's mean over a measured sample (language shares are estimates)`,
});

function walkTreeNow(
  root: string,
  realRoot: string,
  sink: FileSink,
  opts: WalkOptions,
  maxFiles: number,
  exactUpTo: number,
  record: RecordedWalk | undefined,
): { files: number; warnings: ProfileWarning[] } {
  let files = 0;
  const warnings: ProfileWarning[] = [];
  /** An entry warning; a recorded walk keeps it with its place among the files. */
  const warn = (warning: ProfileWarning) => {
    warnings.push(warning);
    record?.warnings.push({ at: files, warning });
  };
  const sampled = new Map<string, { n: number; bytes: number }>();
  let estimated = 0;
  /** The file's size: measured, or in a large tree the mean of its extension's measured sample. */
  /** `statPrefix + name` is `join(dirAbs, name)` (see statPrefixOf). */
  const codeSize = (statPrefix: string, name: string): number => {
    if (opts.sizes === false) return -1;
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? name.slice(dot).toLowerCase() : name;
    const s = sampled.get(ext);
    if (files > exactUpTo && s && s.n >= SIZE_SAMPLE) {
      estimated++;
      return Math.round(s.bytes / s.n);
    }
    const size = sizeOf(statPrefix + name);
    if (size >= 0) {
      if (s) {
        s.n++;
        s.bytes += size;
      } else sampled.set(ext, { n: 1, bytes: size });
    }
    return size;
  };
  const inside = (real: string) => real === realRoot || real.startsWith(realRoot + sep);

  const ignored = (scopes: Scope[], rel: string, isDir: boolean, name: string) => {
    for (const s of scopes) {
      const sub = s.base === '.' ? rel : rel.slice(s.base.length + 1);
      if (s.byName) {
        const key = isDir ? name + '/' : name;
        let verdict = s.byName.get(key);
        if (verdict === undefined) s.byName.set(key, (verdict = s.ig.ignores(isDir ? sub + '/' : sub)));
        if (verdict) return true;
      } else if (s.ig.ignores(isDir ? sub + '/' : sub)) return true;
    }
    return false;
  };

  const visit = (dir: string, scopes: Scope[]) => {
    const abs = dir === '.' ? root : join(root, dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      warn({ file: dir === '.' ? '.' : dir + '/', message: `directory not readable (${code ?? 'error'}), skipped` });
      return;
    }
    const gi = entries.find((e) => e.name === '.gitignore' && e.isFile());
    if (gi) {
      try {
        const text = readFileSync(join(abs, '.gitignore'), 'utf8');
        scopes = [...scopes, { base: dir, ig: ignore().add(text), ...(byNameOnly(text) ? { byName: new Map() } : {}) }];
      } catch {
        warn({ file: joinPath(dir, '.gitignore'), message: '.gitignore not readable, ignored' });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const dirSlash = dir === '.' ? '' : dir + '/';
    let statPrefix: string | undefined;
    for (const e of entries) {
      if (files >= maxFiles) return;
      const rel = joinPath(dir, e.name);
      if (e.isDirectory()) {
        if (isSkippedDir(e.name) || ignored(scopes, rel, true, e.name)) continue;
        visit(rel, scopes);
      } else if (e.isFile()) {
        if (ignored(scopes, rel, false, e.name)) continue;
        files++;
        sink(dirSlash, e.name, languageOf(e.name) ? codeSize((statPrefix ??= statPrefixOf(abs)), e.name) : -1);
      } else if (e.isSymbolicLink()) {
        if (ignored(scopes, rel, false, e.name)) continue;
        const target = join(abs, e.name);
        let real: string;
        try {
          real = realpathSync(target);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          warn({
            file: rel,
            message: code === 'ELOOP' ? 'symlink loop, skipped' : `broken symlink (${code ?? 'error'}), skipped`,
          });
          continue;
        }
        if (!inside(real)) {
          warn({
            file: rel,
            message: `symlink points outside the repository (${relative(realRoot, real) || real}), not followed`,
          });
          continue;
        }
        // Symlinked directories are not followed, as git does not: no loops, no double counting.
        let st;
        try {
          st = statSync(real);
        } catch {
          continue;
        }
        if (st.isFile()) {
          files++;
          sink(dirSlash, e.name, st.size);
        }
      }
    }
  };
  visit('.', []);
  if (record) record.estimated = estimated;
  if (files >= maxFiles) warnings.push({ file: '.', message: `more than ${maxFiles} files: the profile covers the first ${maxFiles}` });
  if (estimated > 0) warnings.push(estimatedWarning(files, estimated));
  return { files, warnings };
}

/**
 * What `join(dir, name)` puts before `name`, for any entry name of the folder: join normalizes the
 * folder part alone (a name from readdir holds no separator and is never "." or ".."), so it is computed
 * once per folder instead of once per file.
 */
export function statPrefixOf(dir: string): string {
  return join(dir, 'x').slice(0, -1);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}
