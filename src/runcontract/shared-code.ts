// Code a unit compiles in from sibling folders of the repository: .NET <ProjectReference> (followed
// transitively, bounded), and Go packages of a module the unit's go.mod replaces with a local folder
// (`replace example.com/x/common => ../common`), counted only for the packages the unit imports. The variables that code reads are the unit's: an ASP.NET app whose
// Infrastructure project calls GetConnectionString("Db") needs ConnectionStrings__Db.
import { dirOf } from '../profile/paths';
import type { RepoFiles } from './files';

const MAX_PROJECTS = 50;

function normalize(parts: string[]): string | null {
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (!out.length) return null; // outside the repository
      out.pop();
    } else out.push(p);
  }
  return out.join('/');
}

/** Folders of the projects the unit's project files reference, transitively (the unit's own folder excluded). */
export function referencedFolders(files: RepoFiles, own: readonly string[], unitPath: string): string[] {
  const seen = new Set<string>();
  const queue = own.filter((p) => /\.(cs|fs|vb)proj$/.test(p));
  const done = new Set<string>();
  while (queue.length && seen.size < MAX_PROJECTS) {
    const proj = queue.shift()!;
    if (done.has(proj)) continue;
    done.add(proj);
    for (const m of (files.read(proj) ?? '').matchAll(/<ProjectReference\s+Include\s*=\s*"([^"]+)"/g)) {
      const rel = m[1]!.replace(/\\/g, '/');
      const base = dirOf(proj);
      const target = normalize([...(base === '.' ? [] : base.split('/')), ...rel.split('/')]);
      if (!target || !files.all.includes(target)) continue;
      const folder = dirOf(target);
      if (folder !== unitPath && !seen.has(folder)) {
        seen.add(folder);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

/** Runtime files of the referenced folders (not under the unit itself). */
export function sharedRuntimeFiles(files: RepoFiles, folders: readonly string[]): string[] {
  if (!folders.length) return [];
  const prefixes = folders.map((f) => (f === '.' ? '' : `${f}/`));
  return files.runtime.filter((p) => prefixes.some((x) => p.startsWith(x)));
}

/** Go: folders of the packages the unit imports from modules its go.mod replaces with a folder of this repository. */
export function goImportedFolders(files: RepoFiles, own: readonly string[], unitPath: string): string[] {
  const gomod = own.find((p) => p === (unitPath === '.' ? 'go.mod' : `${unitPath}/go.mod`));
  if (!gomod) return [];
  const local = new Map<string, string>();
  for (const m of (files.read(gomod) ?? '').matchAll(/^\s*(?:replace\s+)?(\S+)(?:\s+v\S+)?\s+=>\s+(\.{1,2}\/\S*)\s*$/gm)) {
    const base = unitPath === '.' ? [] : unitPath.split('/');
    const folder = normalize([...base, ...m[2]!.split('/')]);
    if (folder !== null) local.set(m[1]!, folder);
  }
  if (!local.size) return [];
  const out = new Set<string>();
  for (const p of own.filter((x) => x.endsWith('.go') && !x.endsWith('_test.go')))
    for (const m of (files.read(p) ?? '').matchAll(/"([\w.\-/]+)"/g))
      for (const [mod, folder] of local)
        if (m[1] === mod || m[1]!.startsWith(`${mod}/`))
          out.add(normalize([...(folder ? folder.split('/') : []), ...m[1]!.slice(mod.length).split('/')]) ?? folder);
  // Only the package's own folder (not its sub-packages): Go packages are folders.
  return [...out].sort();
}

/** Runtime files directly inside the given package folders (Go packages: one folder each). */
export function packageRuntimeFiles(files: RepoFiles, folders: readonly string[]): string[] {
  if (!folders.length) return [];
  const set = new Set(folders);
  return files.runtime.filter((p) => p.endsWith('.go') && set.has(dirOf(p)));
}

/**
 * A read in an imported Go package counts for the unit only when the unit calls the function it is in
 * (`client.NewUsersClient()`), or when it is at package level (var blocks, init).
 */
export function calledFromUnit(files: RepoFiles, own: readonly string[], file: string, line: number): boolean {
  const lines = files.lines(file);
  let fn: string | undefined;
  for (let k = Math.min(line - 1, lines.length - 1); k >= 0; k--) {
    const m = /^func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)\s*\(/.exec(lines[k]!);
    if (m) {
      fn = m[1];
      break;
    }
    if (/^\}/.test(lines[k]!) && k < line - 1) return true; // after a closed block, before any func: package level
  }
  if (!fn || fn === 'init') return true;
  const call = new RegExp(`\\.${fn}\\(`);
  return own.some((p) => p.endsWith('.go') && call.test(files.read(p) ?? ''));
}
