// A monorepo's Dockerfile often sits at the root or in docker/ and builds ONE member app
// (`turbo prune --scope=@acme/web`, `pnpm --filter web build`, `COPY apps/web/…`, `WORKDIR
// /app/apps/web`). Attached to the workspace root it would make the root look like a service;
// it belongs to the member it names most.
import { isWithin } from './paths';
import { isWorkspaceRoot, type Unit } from './units';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** How often the Dockerfile names this member: by package name, or by its folder as a path. */
function mentions(text: string, member: Unit): number {
  let count = 0;
  const names = new Set(member.manifests.map((m) => m.name).filter((n): n is string => !!n));
  for (const name of names) count += text.match(new RegExp(`(?<![\\w@/.-])${escape(name)}(?![\\w/-])`, 'g'))?.length ?? 0;
  count += text.match(new RegExp(`(?<![\\w.-])${escape(member.dir)}(?=/|\\s|"|'|$)`, 'gm'))?.length ?? 0;
  return count;
}

/** A Dockerfile that copies or runs what a build argument names: one file for many modules. */
function isTemplate(text: string): boolean {
  const args = [...text.matchAll(/^\s*ARG\s+(\w+)/gim)].map((m) => m[1]);
  return args.some((a) => new RegExp(`^\\s*(COPY|ADD)\\b[^\\n]*\\$\\{?${a}\\b`, 'im').test(text));
}

/** Does the member look like an app (framework or start script) rather than a shared library? */
function appLike(u: Unit): boolean {
  return u.frameworks.size > 0 || u.manifests.some((m) => m.app === true || !!m.scripts.start);
}

/**
 * Move each workspace root's Dockerfile to the member app it builds. `texts` maps Dockerfile
 * paths to their contents.
 */
export function assignWorkspaceDockerfiles(units: Iterable<Unit>, texts: ReadonlyMap<string, string>): void {
  const all = [...units];
  for (const root of all) {
    if (!isWorkspaceRoot(root) || !root.dockerfile || root.compose) continue;
    const text = texts.get(root.dockerfile);
    if (!text) continue;
    const members = all.filter((u) => u !== root && u.dir !== root.dir && isWithin(u.dir, root.dir) && u.manifests.length && !u.dockerfile);
    const ranked = members
      .map((u) => ({ u, n: mentions(text, u), app: appLike(u) }))
      .filter((r) => r.n > 0)
      .sort((a, b) => Number(b.app) - Number(a.app) || b.n - a.n || (a.u.dir < b.u.dir ? -1 : 1));
    const target = ranked[0]?.u;
    if (!target) {
      // A parameterized template in docker/ (`ARG ARTIFACT_NAME` … `COPY ${ARTIFACT_NAME}.jar`)
      // that the build runs once per module: it makes no service of the workspace root.
      if (isTemplate(text) && root.dockerfile.includes('/')) {
        root.dockerfile = null;
        root.docker = null;
      }
      continue;
    }
    target.dockerfile = root.dockerfile;
    target.docker = root.docker;
    root.dockerfile = null;
    root.docker = null;
  }
}
