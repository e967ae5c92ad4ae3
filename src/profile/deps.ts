// Matching dependency names against an ecosystem's rule tables.
import type { Dependency, DepRule } from './ecosystems/types';

interface CompiledRules {
  exact: Map<string, string[]>;
  prefixes: { prefix: string; id: string }[];
}

const cache = new WeakMap<readonly DepRule[], CompiledRules>();

function compile(rules: readonly DepRule[], devToo: boolean): CompiledRules {
  const exact = new Map<string, string[]>();
  const prefixes: { prefix: string; id: string }[] = [];
  for (const r of rules) {
    if (devToo && !r.devToo) continue;
    for (const n of r.names) {
      const name = n.toLowerCase();
      if (name.endsWith('*')) prefixes.push({ prefix: name.slice(0, -1), id: r.id });
      else exact.set(name, [...(exact.get(name) ?? []), r.id]);
    }
  }
  return { exact, prefixes };
}

const devCache = new WeakMap<readonly DepRule[], CompiledRules>();

function compiled(rules: readonly DepRule[], dev: boolean): CompiledRules {
  const store = dev ? devCache : cache;
  let c = store.get(rules);
  if (!c) {
    c = compile(rules, dev);
    store.set(rules, c);
  }
  return c;
}

/**
 * Ids whose rules name one of `deps`. Production dependencies always count; development ones only
 * for rules marked devToo (build tools); test-only and indirect dependencies never do.
 */
export function matchDeps(rules: readonly DepRule[], deps: readonly Dependency[]): Set<string> {
  const out = new Set<string>();
  for (const d of deps) {
    if (d.scope === 'test' || d.scope === 'indirect') continue;
    const c = compiled(rules, d.scope === 'dev');
    const name = d.name.toLowerCase();
    for (const id of c.exact.get(name) ?? []) out.add(id);
    for (const p of c.prefixes) if (name.startsWith(p.prefix)) out.add(p.id);
  }
  return out;
}
