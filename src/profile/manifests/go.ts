// go.mod: `require` lines and blocks; `// indirect` marks a transitive dependency.
import type { ManifestSpec } from '../ecosystems/types';
import { emptyManifest } from './common';

export const goMod: ManifestSpec = {
  match: /^go\.mod$/,
  parse(text) {
    const m = emptyManifest('go');
    let inRequire = false;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      const mod = /^module\s+(\S+)/.exec(line);
      if (mod) m.name = mod[1].replace(/^"|"$/g, '');
      if (/^require\s*\($/.test(line)) {
        inRequire = true;
        continue;
      }
      if (inRequire && line === ')') {
        inRequire = false;
        continue;
      }
      const req = inRequire ? /^(\S+)\s+\S+/.exec(line) : /^require\s+(\S+)\s+\S+/.exec(line);
      if (req && !req[1].startsWith('//')) m.deps.push({ name: req[1], scope: /\/\/\s*indirect\b/.test(line) ? 'indirect' : 'prod' });
    }
    return { manifest: m, warnings: [] };
  },
};

/** go.work: a workspace of modules. */
export const goWork: ManifestSpec = {
  match: /^go\.work$/,
  parse(text) {
    const m = emptyManifest('go');
    m.workspaceRoot = true;
    m.workspaces = [...text.matchAll(/^\s*(?:use\s+)?(\.\/?[^\s()]*)\s*$/gm)].map((x) => x[1].replace(/^\.\//, ''));
    return { manifest: m, warnings: [] };
  },
};
