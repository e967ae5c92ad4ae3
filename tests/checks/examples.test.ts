// Every rule's own examples are its tests: each bad example yields at least one finding of that
// rule, each good example none. They go through the real loader, like user code does.
import { describe, expect, it } from 'vitest';
import { scanTerraform } from '../../src/checks/engine';
import { ALL_RULES } from '../../src/checks/rules';
import { loadTerraformFiles } from '../../src/terraform/load';

async function findingsOf(ruleId: string, hcl: string) {
  const loaded = await loadTerraformFiles('/virtual', new Map([['main.tf', hcl]]));
  expect(loaded.errors, `example does not load: ${JSON.stringify(loaded.errors)}`).toEqual([]);
  return scanTerraform(loaded, { ruleIds: [ruleId] }).findings.filter((f) => f.ruleId === ruleId);
}

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it('has at least one good and one bad example', () => {
    expect(rule.examples.good.length).toBeGreaterThan(0);
    expect(rule.examples.bad.length).toBeGreaterThan(0);
  });
  rule.examples.bad.forEach((hcl, i) => {
    it(`bad example ${i + 1} yields a finding`, async () => {
      const found = await findingsOf(rule.id, hcl);
      expect(found.length, hcl).toBeGreaterThan(0);
    });
  });
  rule.examples.good.forEach((hcl, i) => {
    it(`good example ${i + 1} yields none`, async () => {
      const found = await findingsOf(rule.id, hcl);
      expect(found, hcl).toEqual([]);
    });
  });
});
