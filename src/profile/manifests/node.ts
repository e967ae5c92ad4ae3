// package.json: dependencies (prod), devDependencies (dev), scripts, workspaces, packageManager.
import type { Dependency, ManifestSpec } from '../ecosystems/types';
import { emptyManifest, isRecord, parseJson, stringRecord } from './common';

export const packageJson: ManifestSpec = {
  match: /^package\.json$/,
  parse(text) {
    const parsed = parseJson(text);
    if ('warning' in parsed) return { manifest: null, warnings: [parsed.warning] };
    if (!isRecord(parsed.value)) return { manifest: null, warnings: [{ line: 1, message: 'package.json is not a JSON object' }] };
    const pkg = parsed.value;
    const pmField = typeof pkg.packageManager === 'string' ? /^(npm|yarn|pnpm|bun)@/.exec(pkg.packageManager)?.[1] : undefined;
    const m = emptyManifest(pmField ?? null);
    m.name = typeof pkg.name === 'string' ? pkg.name : null;
    const add = (field: string, scope: Dependency['scope']) => {
      for (const name of Object.keys(stringRecord(pkg[field]))) m.deps.push({ name, scope });
    };
    add('dependencies', 'prod');
    add('optionalDependencies', 'prod');
    add('devDependencies', 'dev');
    m.scripts = stringRecord(pkg.scripts);
    // A published package (exports / types / files, not private) is a library: its start script
    // is a demo or a REPL, not a server to deploy.
    if (pkg.private !== true && ['exports', 'types', 'typings', 'files', 'module'].some((k) => pkg[k] !== undefined)) m.app = false;
    if (typeof pkg.main === 'string' && /\.[cm]?js$/.test(pkg.main)) m.entry = pkg.main.replace(/^\.\//, '');
    const ws = Array.isArray(pkg.workspaces)
      ? pkg.workspaces
      : isRecord(pkg.workspaces) && Array.isArray(pkg.workspaces.packages)
        ? pkg.workspaces.packages
        : [];
    m.workspaces = ws.filter((w): w is string => typeof w === 'string');
    m.workspaceRoot = m.workspaces.length > 0;
    return { manifest: m, warnings: [] };
  },
};

/** pnpm-workspace.yaml makes its folder a workspace root (members listed under `packages:`). */
export const pnpmWorkspace: ManifestSpec = {
  match: /^pnpm-workspace\.ya?ml$/,
  parse(text) {
    const m = emptyManifest('pnpm');
    m.workspaceRoot = true;
    m.workspaces = [...text.matchAll(/^\s*-\s*['"]?([^'"#\n]+?)['"]?\s*$/gm)].map((x) => x[1]);
    return { manifest: m, warnings: [] };
  },
};
