// Gemfile: `gem` lines; gems inside `group :development, :test do … end` (or with `group: :test`)
// are development dependencies.
import type { ManifestSpec } from '../ecosystems/types';
import { emptyManifest } from './common';

const PROD_GROUPS = new Set(['default', 'production', 'prod']);

export const gemfile: ManifestSpec = {
  match: /^(Gemfile|gems\.rb)$/,
  parse(text) {
    const m = emptyManifest('bundler');
    const stack: boolean[] = []; // true when the block is a non-production group
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/#.*$/, '').trim();
      if (!line) continue;
      const group = /^group\s+(.+?)\s+do\b/.exec(line);
      if (group) {
        const names = [...group[1].matchAll(/:(\w+)|['"](\w+)['"]/g)].map((g) => g[1] ?? g[2]);
        stack.push(!names.some((n) => PROD_GROUPS.has(n)));
        continue;
      }
      if (/\bdo(\s*\|[^|]*\|)?\s*$/.test(line)) {
        stack.push(stack.at(-1) ?? false);
        continue;
      }
      if (/^end\b/.test(line)) {
        stack.pop();
        continue;
      }
      const gem = /^gem\s+['"]([^'"]+)['"](.*)$/.exec(line);
      if (!gem) continue;
      const inline = /group(?:s)?:\s*\[?([^\]]+)\]?/.exec(gem[2]);
      const inlineDev = inline ? ![...inline[1].matchAll(/:(\w+)/g)].some((g) => PROD_GROUPS.has(g[1])) : false;
      m.deps.push({ name: gem[1], scope: stack.at(-1) || inlineDev ? 'dev' : 'prod' });
    }
    return { manifest: m, warnings: [] };
  },
};
