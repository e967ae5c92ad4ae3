// Writes a generated module into the output directory: only inside it (no path may escape), never
// over an existing file without --force, nothing at all with --dry-run. All-or-nothing: conflicts
// are found before the first write.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../supervisor/errors';

export interface WriteOptions {
  force: boolean;
  dryRun: boolean;
}

export interface WriteResult {
  /** Files written (or, with dryRun, that would be written), relative to the output directory. */
  files: string[];
  /** Existing files replaced (with --force). */
  overwritten: string[];
  dryRun: boolean;
}

/** Absolute target of `rel` inside `outDir`; throws when it would land outside. */
export function safeTarget(outDir: string, rel: string): string {
  const target = resolve(outDir, rel);
  const back = relative(resolve(outDir), target);
  if (rel === '' || isAbsolute(rel) || back === '' || back.startsWith('..') || isAbsolute(back) || back.split(sep).includes('..')) {
    throw new InputError(`refusing to write "${rel}": outside the output directory ${outDir}`);
  }
  return target;
}

/**
 * A repository could commit `infra` or `infra/main.tf` as a symlink to a file elsewhere (a CI
 * runner's home, another checkout): writing through it would escape the output directory.
 */
function refuseSymlinks(outDir: string, targets: { rel: string; abs: string }[]): void {
  const isLink = (p: string) => {
    try {
      return lstatSync(p).isSymbolicLink();
    } catch {
      return false;
    }
  };
  if (isLink(outDir)) throw new InputError(`refusing to write into ${outDir}: it is a symbolic link`);
  if (existsSync(outDir) && !lstatSync(outDir).isDirectory()) throw new InputError(`--out ${outDir} exists and is not a directory`);
  for (const t of targets) {
    if (existsSync(t.abs) && !lstatSync(t.abs).isFile() && !isLink(t.abs))
      throw new InputError(`refusing to write "${t.rel}": a directory or special file is in the way`);
    for (let p = t.abs; p.length > resolve(outDir).length; p = dirname(p)) {
      if (isLink(p)) throw new InputError(`refusing to write "${t.rel}": ${p} is a symbolic link`);
    }
  }
}

export async function writeModule(outDir: string, files: Map<string, string>, opts: WriteOptions): Promise<WriteResult> {
  const targets = [...files.keys()].map((rel) => ({ rel, abs: safeTarget(outDir, rel) }));
  refuseSymlinks(outDir, targets);
  const existing = targets.filter((t) => existsSync(t.abs)).map((t) => t.rel);
  // Re-running with the same result is not a conflict: identical files are left as they are.
  const changed = (rel: string) => readFileSync(safeTarget(outDir, rel), 'utf8') !== files.get(rel);
  const conflicts = existing.filter(changed);
  if (conflicts.length > 0 && !opts.force && !opts.dryRun) {
    throw new InputError(
      `${conflicts.length} file(s) already exist in ${outDir} with other content (${conflicts.join(', ')}); pass --force to overwrite them`,
      {
        file: relative(process.cwd(), resolve(outDir, conflicts[0]!)) || conflicts[0]!,
      },
    );
  }
  if (!opts.dryRun) {
    for (const t of targets) {
      await mkdir(dirname(t.abs), { recursive: true });
      await writeFile(t.abs, files.get(t.rel)!, 'utf8');
    }
  }
  return { files: targets.map((t) => t.rel), overwritten: opts.force ? conflicts : [], dryRun: opts.dryRun };
}
