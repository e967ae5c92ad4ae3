// Client usage of general-purpose SDKs (boto3, aws-sdk v2, aws-sdk-go v1…): the dependency alone
// does not say which services the code talks to, so the unit's own source files are searched for
// the clients it creates. Bounded: at most MAX_FILES files of at most MAX_BYTES each per unit.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { UsageRule } from './ecosystems/types';
import { isDeployablePath, isSkippedDir, isWithin, joinPath } from './paths';
import type { Reader } from './read';
import type { Unit } from './units';

const MAX_FILES = 400;
const MAX_BYTES = 256 * 1024;

/** Source files of a unit (not of the nested units inside it), in a stable order. */
export function unitSources(root: string, dir: string, files: RegExp, nested: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(rel === '.' ? root : join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (out.length >= MAX_FILES) return;
      const child = joinPath(rel, e.name);
      if (e.isDirectory()) {
        if (!isSkippedDir(e.name) && !e.name.startsWith('.') && !nested.has(child)) visit(child);
      } else if (e.isFile() && files.test(e.name)) out.push(child);
    }
  };
  visit(dir);
  return out;
}

export function findUsage(read: Reader, paths: readonly string[], rule: UsageRule): { datastores: Set<string>; messaging: Set<string> } {
  const datastores = new Set<string>();
  const messaging = new Set<string>();
  for (const path of paths) {
    const { text } = read(path, { headOnly: MAX_BYTES });
    if (!text) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const key = m.slice(1).find((g) => g !== undefined);
      const hit = key === undefined ? undefined : rule.ids[key];
      if (hit) (hit.kind === 'datastore' ? datastores : messaging).add(hit.id);
    }
  }
  return { datastores, messaging };
}

/** For each deployable unit depending on a general-purpose SDK, add what its code creates clients for. */
export function applySdkUsage(units: readonly Unit[], root: string, read: Reader): void {
  const dirs = units.map((u) => u.dir);
  for (const u of units) {
    if (!isDeployablePath(u.dir)) continue;
    for (const eco of u.ecosystems.values()) {
      for (const rule of eco.usage ?? []) {
        const uses = u.manifests.some(
          (m) => m.ecosystem === eco.id && m.deps.some((d) => d.scope === 'prod' && rule.deps.includes(d.name)),
        );
        if (!uses) continue;
        const nested = new Set(dirs.filter((d) => d !== u.dir && isWithin(d, u.dir)));
        const found = findUsage(read, unitSources(root, u.dir, rule.files, nested), rule);
        for (const id of found.datastores) u.datastores.add(id);
        for (const id of found.messaging) u.messaging.add(id);
      }
    }
  }
}
