// Cargo.toml: [dependencies] (prod, with enabled features as "crate/feature"), [dev-dependencies],
// [build-dependencies], [workspace] members.
import { parse as parseToml } from 'smol-toml';
import type { Dependency, ManifestSpec } from '../ecosystems/types';
import { emptyManifest, isRecord } from './common';

export const cargoToml: ManifestSpec = {
  match: /^Cargo\.toml$/,
  parse(text) {
    let doc: Record<string, unknown>;
    try {
      doc = parseToml(text) as Record<string, unknown>;
    } catch (error) {
      const e = error as { line?: number; message?: string };
      return { manifest: null, warnings: [{ line: e.line, message: `malformed TOML: ${(e.message ?? String(error)).split('\n')[0]}` }] };
    }
    const m = emptyManifest('cargo');
    const pkg = isRecord(doc.package) ? doc.package : undefined;
    m.name = typeof pkg?.name === 'string' ? pkg.name : null;
    const add = (table: unknown, scope: Dependency['scope']) => {
      if (!isRecord(table)) return;
      for (const [name, spec] of Object.entries(table)) {
        const crate = isRecord(spec) && typeof spec.package === 'string' ? spec.package : name;
        m.deps.push({ name: crate, scope });
        if (isRecord(spec) && Array.isArray(spec.features))
          for (const f of spec.features) if (typeof f === 'string') m.deps.push({ name: `${crate}/${f}`, scope });
      }
    };
    add(doc.dependencies, 'prod');
    add(doc['dev-dependencies'], 'dev');
    add(doc['build-dependencies'], 'dev');
    if (isRecord(doc.workspace)) {
      m.workspaceRoot = !pkg;
      m.workspaces = Array.isArray(doc.workspace.members) ? doc.workspace.members.filter((x): x is string => typeof x === 'string') : [];
      if (isRecord(doc.workspace.dependencies)) add(doc.workspace.dependencies, 'indirect');
    }
    if (Array.isArray(doc.bin) && doc.bin.length) m.app = true;
    return { manifest: m, warnings: [] };
  },
};
