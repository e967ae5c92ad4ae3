// Checkov's labelled cases: our rule aliased to the Checkov id must fail every resource Checkov
// fails and pass every resource Checkov passes, except the listed known differences, which are
// asserted as differences (so a behaviour change on them is noticed too).
import { describe, expect, it } from 'vitest';
import { judgeCase, listCases } from './checkov-agreement';

const cases = listCases();

describe('agreement with Checkov labelled cases', () => {
  it('has labelled cases, each naming resources of its Terraform', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      expect(c.failing.length + c.passing.length, c.id).toBeGreaterThan(0);
      const labelled = new Set([...c.failing, ...c.passing]);
      for (const d of c.knownDifferences ?? []) expect(labelled.has(d.resource), `${c.id}: ${d.resource}`).toBe(true);
    }
  });

  it('agrees on at least 95% of labelled resources overall (known differences count as disagreements)', async () => {
    let labelled = 0;
    let agreeing = 0;
    for (const c of cases) {
      const { verdicts } = await judgeCase(c);
      labelled += verdicts.length;
      agreeing += verdicts.filter((v) => v.agrees).length;
    }
    expect(labelled).toBeGreaterThan(300);
    expect(agreeing / labelled).toBeGreaterThanOrEqual(0.95);
  });

  describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it('loads, and has a rule aliased to the Checkov id', async () => {
      const { loadErrors, rules } = await judgeCase(c);
      expect(loadErrors).toEqual([]);
      expect(rules).toBeGreaterThan(0);
    });

    it('flags exactly the resources Checkov fails, known differences aside', async () => {
      const { verdicts } = await judgeCase(c);
      const known = new Map((c.knownDifferences ?? []).map((d) => [d.resource, d.reason]));
      for (const v of verdicts) {
        const expectedFlag = known.has(v.resource) ? v.label === 'passing' : v.label === 'failing';
        const why = known.has(v.resource) ? `known difference: ${known.get(v.resource)}` : `Checkov label: ${v.label}`;
        expect(v.flagged, `${c.id} ${v.resource} (${why})`).toBe(expectedFlag);
      }
    });
  });
});
