// docs/rules.md is generated from the registry; a rule added, removed or re-aliased without
// regenerating it (npx tsx scripts/gen-rules-doc.ts) fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/checks/rules-doc';
import { ALL_RULES } from '../../src/checks/rules';

describe('docs/rules.md', () => {
  it('lists every rule as the registry has it (regenerate: npx tsx scripts/gen-rules-doc.ts)', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');
    expect(doc).toBe(rulesMarkdown(ALL_RULES));
  });

  it('names each rule once, with its aliases', () => {
    const md = rulesMarkdown(ALL_RULES);
    for (const r of ALL_RULES) {
      const row = md.split('\n').filter((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toHaveLength(1);
      for (const a of r.aliases) expect(row[0], r.id).toContain(a);
    }
  });
});
