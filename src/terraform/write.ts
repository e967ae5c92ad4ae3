// Writes a generated module into the output directory: only inside it (no path may escape), never
// over an existing file without --force, nothing at all with --dry-run. All-or-nothing: conflicts
// are found before the first write. --force replaces only files Inframate wrote before (listed in
// the output directory's manifest, MANIFEST), never the repository's own files (its README.md).
// The output directory itself is judged by its real path: a symlinked parent cannot lead out of
// the repository, and nothing is written inside .git.
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from '../supervisor/errors';
import { checkInside, isWithin, repositoryRoot } from '../core/tree';

export interface WriteOptions {
  force: boolean;
  dryRun: boolean;
  /** The analyzed directory: an output directory inside its repository must really stay inside it. */
  root?: string;
}

/** The files Inframate generated in an output directory (what --force may replace). */
export const MANIFEST = '.inframate-generated.json';

export function readManifest(outDir: string): Set<string> {
  try {
    if (!lstatSync(resolve(outDir, MANIFEST)).isFile()) return new Set();
    const doc = JSON.parse(readFileSync(resolve(outDir, MANIFEST), 'utf8')) as { generator?: unknown; files?: unknown };
    if (doc.generator !== 'inframate' || !Array.isArray(doc.files)) return new Set();
    return new Set(doc.files.filter((f): f is string => typeof f === 'string'));
  } catch {
    return new Set();
  }
}

/**
 * Refuse an output directory that resolves outside the repository (a symlinked component such as
 * `deploy -> /elsewhere`) or that lies inside .git. An --out the operator gives outside the
 * repository is theirs to choose.
 */
export function checkOutDir(outDir: string, root: string): void {
  const repo = repositoryRoot(root);
  const lexical = resolve(outDir);
  const inGit = (p: string) => relative(repo, p).split(sep).includes('.git');
  if (isWithin(repo, lexical)) {
    if (inGit(lexical)) throw new InputError(`refusing to write into ${outDir}: it is inside .git`, { file: outDir });
    const real = checkInside(repo, lexical);
    if (!real.ok && !real.missing) {
      throw new InputError(`refusing to write into ${outDir}: a symbolic link leads it outside the repository (to ${real.real})`, {
        file: outDir,
      });
    }
    if (real.ok && inGit(real.real)) throw new InputError(`refusing to write into ${outDir}: it resolves inside .git`, { file: outDir });
  }
}

export interface WriteResult {
  /** Files written (or, with dryRun, that would be written), relative to the output directory. */
  files: string[];
  /** Existing files replaced (with --force). */
  overwritten: string[];
  /** Terraform files generated before that the module no longer has, removed with --force (or that would be, with dryRun). */
  removed: string[];
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
  if (opts.root !== undefined) checkOutDir(outDir, opts.root);
  const targets = [...files.keys()].map((rel) => ({ rel, abs: safeTarget(outDir, rel) }));
  refuseSymlinks(outDir, [...targets, { rel: MANIFEST, abs: safeTarget(outDir, MANIFEST) }]);
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
  const generated = readManifest(outDir);
  const foreign = conflicts.filter((rel) => !generated.has(rel));
  if (foreign.length > 0 && opts.force && !opts.dryRun) {
    throw new InputError(
      `${foreign.length} file(s) in ${outDir} were not generated by Inframate (${foreign.join(', ')}): --force replaces only files listed in ${MANIFEST}; move them or choose another --out`,
      { file: relative(process.cwd(), resolve(outDir, foreign[0]!)) || foreign[0]! },
    );
  }
  // Terraform files Inframate wrote before that this module no longer has (a layout change moved
  // them: api-service.tf became an entry of ecs-services.tf): left in place, Terraform would read
  // both and create everything twice. --force removes them (they are ours: in the manifest).
  const stale = [...generated]
    .filter((rel) => rel.endsWith('.tf') && !files.has(rel))
    .filter((rel) => {
      const abs = safeTarget(outDir, rel);
      return existsSync(abs) && lstatSync(abs).isFile();
    })
    .sort();
  if (stale.length > 0 && !opts.force && !opts.dryRun) {
    throw new InputError(
      `${stale.length} Terraform file(s) Inframate generated in ${outDir} are no longer part of the module (${stale.join(', ')}); pass --force to remove them`,
      { file: relative(process.cwd(), resolve(outDir, stale[0]!)) || stale[0]! },
    );
  }
  if (!opts.dryRun) {
    for (const t of targets) {
      await mkdir(dirname(t.abs), { recursive: true });
      await writeFile(t.abs, files.get(t.rel)!, 'utf8');
    }
    for (const rel of stale) await rm(safeTarget(outDir, rel));
    const gone = new Set(stale);
    const listed = [...new Set([...generated, ...targets.map((t) => t.rel)])].filter((f) => !gone.has(f)).sort();
    await writeFile(safeTarget(outDir, MANIFEST), JSON.stringify({ generator: 'inframate', files: listed }, null, 2) + '\n', 'utf8');
  }
  return {
    files: targets.map((t) => t.rel),
    overwritten: opts.force ? conflicts : [],
    removed: opts.force || opts.dryRun ? stale : [],
    dryRun: opts.dryRun,
  };
}
