// Whole-repository resolution over the units once they are built: package managers from lockfiles,
// signals inherited from workspace packages, language statistics.
import { dirOf, joinPath } from './paths';
import type { LanguageStats } from './scan';
import type { LanguageShare } from './types';
import type { Unit } from './units';

const LOCKFILES: readonly [string, string][] = [
  ['yarn.lock', 'yarn'],
  ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lockb', 'bun'],
  ['bun.lock', 'bun'],
  ['package-lock.json', 'npm'],
  ['poetry.lock', 'poetry'],
  ['uv.lock', 'uv'],
  ['pdm.lock', 'pdm'],
  ['Pipfile.lock', 'pipenv'],
];
const NODE_PMS = ['npm', 'yarn', 'pnpm', 'bun'];

/** A lockfile in the unit's folder or any parent (workspaces share one) names its package manager. */
export function resolvePackageManagers(units: readonly Unit[], paths: ReadonlySet<string>): void {
  for (const u of units) {
    const eco = new Set(u.manifests.map((m) => m.ecosystem));
    for (const [lock, pm] of LOCKFILES) {
      const isNode = NODE_PMS.includes(pm);
      if (isNode ? !eco.has('node') : !eco.has('python')) continue;
      for (let d = u.dir; ; d = dirOf(d)) {
        if (paths.has(joinPath(d, lock))) {
          // package.json's "packageManager" field beats a lockfile.
          if (isNode && !u.manifests.some((m) => m.ecosystem === 'node' && m.packageManager)) {
            u.packageManagers.delete('npm');
            u.packageManagers.add(pm);
          }
          if (!isNode) {
            u.packageManagers.delete('pip');
            u.packageManagers.add(pm);
          }
          break;
        }
        if (d === '.') break;
      }
    }
    if (eco.has('node') && ![...u.packageManagers].some((p) => NODE_PMS.includes(p))) u.packageManagers.add('npm');
  }
}

/** Workspace packages a unit depends on (directly or through each other) lend it their datastores and messaging. */
export function inheritWorkspaceSignals(units: readonly Unit[]): void {
  const byName = new Map<string, Unit>();
  for (const u of units) for (const m of u.manifests) if (m.name) byName.set(m.name, u);
  for (const u of units) {
    const seen = new Set<Unit>([u]);
    const queue = u.manifests
      .flatMap((m) => m.deps.filter((d) => d.scope === 'prod').map((d) => byName.get(d.name)))
      .filter((x): x is Unit => !!x);
    while (queue.length) {
      const dep = queue.shift()!;
      if (seen.has(dep)) continue;
      seen.add(dep);
      for (const id of dep.datastores) u.datastores.add(id);
      for (const id of dep.messaging) u.messaging.add(id);
      for (const m of dep.manifests) for (const d of m.deps) if (d.scope === 'prod' && byName.has(d.name)) queue.push(byName.get(d.name)!);
    }
  }
}

/** Repository-wide language shares, and each unit's own languages (files in no deeper unit). */
export function languageStatistics(
  codeByDir: ReadonlyMap<string, LanguageStats>,
  locate: (dir: string) => Unit | undefined,
): LanguageShare[] {
  const totals = new Map<string, { files: number; bytes: number }>();
  for (const [dirSlash, stats] of codeByDir) {
    const u = locate(dirSlash === '' ? '.' : dirSlash.slice(0, -1));
    for (const [language, s] of stats) {
      const t = totals.get(language) ?? { files: 0, bytes: 0 };
      t.files += s.files;
      t.bytes += s.bytes;
      totals.set(language, t);
      if (u) {
        const ul = u.languages.get(language) ?? { files: 0, bytes: 0 };
        ul.files += s.files;
        ul.bytes += s.bytes;
        u.languages.set(language, ul);
      }
    }
  }
  const totalBytes = [...totals.values()].reduce((n, t) => n + t.bytes, 0);
  const languages = [...totals.entries()]
    .map(([name, t]) => ({
      name,
      files: t.files,
      bytes: t.bytes,
      share: totalBytes ? Math.round((t.bytes / totalBytes) * 10000) / 10000 : 0,
    }))
    .sort((a, b) => b.bytes - a.bytes || b.files - a.files || (a.name < b.name ? -1 : 1));
  return languages;
}
