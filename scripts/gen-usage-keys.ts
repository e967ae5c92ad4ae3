// Every usage key Infracost knows, per AWS resource type, with the kind of value it takes, from its `infracost-usage-example.yml`
// (tests/fixtures/infracost-aws): a usage file written for Infracost is read without refusals, and a
// key outside this list (and outside the keys Inframate's own cost engine reads) is a warning.
//
//   npx tsx scripts/gen-usage-keys.ts   # writes src/cost/usage-keys.json
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const example = parse(readFileSync(join(root, 'tests/fixtures/infracost-aws/infracost-usage-example.yml'), 'utf8')) as {
  resource_type_default_usage?: Record<string, Record<string, unknown>>;
  resource_usage?: Record<string, Record<string, unknown> | null>;
};

const keys = new Map<string, Map<string, 'number' | 'string' | 'object'>>();
const add = (type: string, values: Record<string, unknown> | null | undefined) => {
  if (!type.startsWith('aws_') || !values) return;
  const set = keys.get(type) ?? new Map<string, 'number' | 'string' | 'object'>();
  const walk = (prefix: string, v: Record<string, unknown>) => {
    for (const [k, child] of Object.entries(v)) {
      const isObject = child !== null && typeof child === 'object' && !Array.isArray(child);
      set.set(prefix + k, isObject ? 'object' : typeof child === 'number' ? 'number' : 'string');
      if (isObject) walk(`${prefix}${k}.`, child as Record<string, unknown>);
    }
  };
  walk('', values);
  keys.set(type, set);
};
for (const [type, v] of Object.entries(example.resource_type_default_usage ?? {})) add(type, v);
for (const [address, v] of Object.entries(example.resource_usage ?? {})) add(address.replace(/\[.*$/, '').split('.').slice(-2)[0]!, v);

const out = Object.fromEntries(
  [...keys].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, m]) => [t, Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)))]),
);
writeFileSync(join(root, 'src/cost/usage-keys.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${keys.size} resource types, ${[...keys.values()].reduce((n, s) => n + s.size, 0)} keys → src/cost/usage-keys.json`);
