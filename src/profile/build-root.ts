// Multi-module JVM builds. A module of a Maven reactor (a parent pom.xml listing it in <modules>) or
// of a Gradle multi-project build (settings.gradle including it) usually depends on its siblings and
// on the parent's plugin and dependency management, so building it alone in its folder fails: it is
// built from the build root, selecting the module and what it needs.
import { posix } from 'node:path';
import { isWithin } from './paths';
import type { Unit } from './units';

export type BuildTool = 'maven' | 'gradle';

export interface BuildRoot {
  tool: BuildTool;
  /** Folder of the topmost aggregator (repository-relative, "." for the root). */
  dir: string;
  /** The module's folder relative to `dir` (Maven `-pl` argument). */
  module: string;
  /** Gradle project path (`:services:api`). */
  project: string;
}

export type BuildRootLookup = (unitDir: string, tool: BuildTool) => BuildRoot | null;

/** Repository-relative folder of a module entry, or null when it leaves the repository. */
function moduleDir(aggregator: string, entry: string): string | null {
  // Maven accepts a folder or the module's pom file itself.
  const folder = entry.replace(/\\/g, '/').replace(/\/pom\.xml$/, '');
  const n = posix.normalize(posix.join(aggregator === '.' ? '' : aggregator, folder)).replace(/\/+$/, '');
  if (n === '' || n === '.') return null;
  if (n === '..' || n.startsWith('../') || posix.isAbsolute(n)) return null;
  return n;
}

/** Which aggregator lists each folder as a module, per build tool. */
function aggregators(units: readonly Unit[]): Record<BuildTool, Map<string, string>> {
  const out: Record<BuildTool, Map<string, string>> = { maven: new Map(), gradle: new Map() };
  for (const u of units) {
    for (const m of u.manifests) {
      if (m.ecosystem !== 'jvm' || !m.workspaceRoot || (m.packageManager !== 'maven' && m.packageManager !== 'gradle')) continue;
      for (const entry of m.workspaces) {
        const dir = moduleDir(u.dir, entry);
        if (dir && dir !== u.dir && !out[m.packageManager].has(dir)) out[m.packageManager].set(dir, u.dir);
      }
    }
  }
  return out;
}

/**
 * Finds the build root of a module. Maven reactors nest (an aggregator can be a module of another),
 * so the topmost one is the root; a Gradle build has one settings file, whose folder is the root.
 */
export function buildRoots(units: readonly Unit[]): BuildRootLookup {
  const parents = aggregators(units);
  return (unitDir, tool) => {
    const parent = parents[tool];
    let root = parent.get(unitDir);
    if (root === undefined) return null;
    if (tool === 'maven') {
      // A cycle of modules listing each other is a broken build; stop at the first repeat.
      const seen = new Set([unitDir, root]);
      for (let up = parent.get(root); up !== undefined && !seen.has(up); up = parent.get(up)) {
        seen.add(up);
        root = up;
      }
    }
    if (!isWithin(unitDir, root)) return null;
    const module = root === '.' ? unitDir : unitDir.slice(root.length + 1);
    return { tool, dir: root, module, project: ':' + module.split('/').join(':') };
  };
}
