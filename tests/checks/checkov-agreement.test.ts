// Agreement with the scanners' own labelled cases:
//  - Checkov (tests/fixtures/checkov-labelled): our rules aliased to the Checkov id must fail every
//    resource Checkov fails and pass every resource Checkov passes;
//  - Trivy (tests/fixtures/trivy-labelled): rules aliased to the AVD id must report each of Trivy's
//    bad examples and none of its good ones.
// Deliberate differences are asserted as differences (so a behaviour change on them is noticed too),
// each with its reason in the case's expected.json; the figures are computed over every case, raw
// (every difference counts against us) and after the documented differences, both printed.
// Cases marked `extracted` come from scripts/extract-labelled-cases.ts; the others were curated by hand.
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/checks/rules';
import { caseIds, type Counts, judgeCase, judgeTrivyCase, listCases, listTrivyCases, rates } from './checkov-agreement';

const cases = listCases();
const trivyCases = listTrivyCases();

/** Aliased Checkov ids Checkov itself gives no labelled Terraform case for. */
const NO_CHECKOV_CASE: Record<string, string> = {
  CKV_AWS_52: 'no Terraform check with this id in Checkov at the source commit (its S3 MFA-delete check was retired)',
  CKV_AWS_95: 'Checkov implements it for CloudFormation and CDK only (API Gateway V2 access logging); no Terraform check or test',
  CKV_AWS_323: 'test_ElastiCacheHasCustomSubnet.py is empty at the source commit: its example folder has no labels',
  CKV2_AWS_70: 'Checkov has the Terraform check (APIGatewayMethodWOAuth) but no test or fixture for it',
};
/** Aliased Trivy ids whose check has no Terraform good/bad examples. */
const NO_TRIVY_CASE: Record<string, string> = {
  'AVD-AWS-0082': 'no check with this id in trivy-checks (retired)',
  'AVD-AWS-0176': 'rds/enable_iam_auth.yaml has no terraform examples',
  'AVD-AWS-0177': 'rds/enable_deletion_protection.yaml has no terraform examples',
};

const fmt = (name: string, n: string, raw: Counts, documented: Counts, known: number) => {
  const r = rates(raw);
  const d = rates(documented);
  return `${name} over ${n}: raw recall ${r.recall.toFixed(3)} precision ${r.precision.toFixed(3)} (tp ${raw.tp} fp ${raw.fp} fn ${raw.fn}); after ${known} documented differences recall ${d.recall.toFixed(3)} precision ${d.precision.toFixed(3)}`;
};

describe('agreement with Checkov labelled cases', () => {
  it('has labelled cases, each naming resources of its Terraform, each difference with a reviewed reason', () => {
    expect(cases.length).toBeGreaterThan(250);
    for (const c of cases) {
      expect(c.failing.length + c.passing.length, c.id).toBeGreaterThan(0);
      const labelled = new Set([...c.failing, ...c.passing]);
      for (const d of c.knownDifferences ?? []) {
        expect(labelled.has(d.resource), `${c.id}: ${d.resource}`).toBe(true);
        expect(d.reason.length, `${c.id}: ${d.resource}`).toBeGreaterThan(30);
        expect(d.reason, `${c.id}: ${d.resource}`).not.toMatch(/^unreviewed/i);
      }
    }
  });

  it('covers every Checkov id our rules alias (or says why Checkov has no case)', () => {
    const aliased = [...new Set(ALL_RULES.flatMap((r) => r.aliases).filter((a) => a.startsWith('CKV')))].sort();
    const withCase = caseIds(cases);
    expect(aliased.filter((id) => !withCase.has(id) && !NO_CHECKOV_CASE[id])).toEqual([]);
    for (const id of Object.keys(NO_CHECKOV_CASE)) expect(withCase.has(id), `${id} has a case now`).toBe(false);
  });

  it('recall and precision over every labelled resource, raw and after documented differences', async () => {
    const raw: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const documented: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    let n = 0;
    let known = 0;
    for (const c of cases) {
      const reasons = new Set((c.knownDifferences ?? []).map((d) => d.resource));
      for (const v of (await judgeCase(c)).verdicts) {
        n++;
        const positive = v.label === 'failing';
        raw[positive ? (v.flagged ? 'tp' : 'fn') : v.flagged ? 'fp' : 'tn']++;
        // A documented difference counts as agreement in the second figure, never in the first.
        const flagged = reasons.has(v.resource) && !v.agrees ? positive : v.flagged;
        if (reasons.has(v.resource) && !v.agrees) known++;
        documented[positive ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn']++;
      }
    }
    console.log(fmt('Checkov', `${n} resources of ${cases.length} cases`, raw, documented, known));
    expect(n).toBeGreaterThan(1200);
    // Measured 2026-12-08 (docs/secure.md "Agreement"): raw recall 0.967, precision 0.983 over 1,320 resources
    // (tp 648, fp 11, fn 22; 33 documented differences, each a case where Checkov's answer is not the better one).
    expect(rates(raw).recall).toBeGreaterThanOrEqual(0.963);
    expect(rates(raw).precision).toBeGreaterThanOrEqual(0.983);
    expect(known).toBeLessThanOrEqual(33);
    // Every difference is documented (the per-case tests below fail otherwise): nothing is left over.
    expect({ fp: documented.fp, fn: documented.fn }).toEqual({ fp: 0, fn: 0 });
  });

  describe.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it('loads, has a rule aliased to the Checkov id, and flags exactly the resources Checkov fails, known differences aside', async () => {
      const { verdicts, loadErrors, rules } = await judgeCase(c);
      if (c.invalidTerraform) expect(loadErrors.length, `Checkov's fixture is invalid: ${c.invalidTerraform}`).toBeGreaterThan(0);
      else expect(loadErrors).toEqual([]);
      expect(rules).toBeGreaterThan(0);
      const known = new Map((c.knownDifferences ?? []).map((d) => [d.resource, d.reason]));
      for (const v of verdicts) {
        const expectedFlag = known.has(v.resource) ? v.label === 'passing' : v.label === 'failing';
        const why = known.has(v.resource) ? `known difference: ${known.get(v.resource)}` : `Checkov label: ${v.label}`;
        expect(v.flagged, `${c.id} ${v.resource} (${why})`).toBe(expectedFlag);
      }
    });
  });
});

describe('agreement with Trivy good/bad examples', () => {
  it('has examples for every Trivy id our rules alias (or says why Trivy has none)', () => {
    const aliased = [...new Set(ALL_RULES.flatMap((r) => r.aliases).filter((a) => a.startsWith('AVD-')))].sort();
    const withCase = new Set(trivyCases.map((c) => c.ruleAlias));
    expect(aliased.filter((id) => !withCase.has(id) && !NO_TRIVY_CASE[id])).toEqual([]);
    for (const c of trivyCases) if (c.knownDifference) expect(c.knownDifference, c.id).not.toMatch(/^unreviewed/i);
  });

  it('recall and precision over every example, raw and after documented differences', async () => {
    const raw: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const documented: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    let known = 0;
    for (const c of trivyCases) {
      const { flagged } = await judgeTrivyCase(c);
      const positive = c.verdict === 'bad';
      raw[positive ? (flagged ? 'tp' : 'fn') : flagged ? 'fp' : 'tn']++;
      const differs = flagged !== positive;
      if (c.knownDifference && differs) known++;
      const f = c.knownDifference && differs ? positive : flagged;
      documented[positive ? (f ? 'tp' : 'fn') : f ? 'fp' : 'tn']++;
    }
    console.log(fmt('Trivy', `${trivyCases.length} examples`, raw, documented, known));
    expect(trivyCases.length).toBeGreaterThan(270);
    // Measured 2026-12-08: raw recall 0.985, precision 0.978 over 279 examples (tp 135, fp 3, fn 2; 5 documented differences).
    expect(rates(raw).recall).toBeGreaterThanOrEqual(0.985);
    expect(rates(raw).precision).toBeGreaterThanOrEqual(0.975);
    expect(known).toBeLessThanOrEqual(5);
    expect({ fp: documented.fp, fn: documented.fn }).toEqual({ fp: 0, fn: 0 });
  });

  it.each(trivyCases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const { flagged, loadErrors, rules } = await judgeTrivyCase(c);
    expect(rules, 'a rule is aliased to the Trivy id').toBeGreaterThan(0);
    expect(loadErrors).toEqual([]);
    const expected = c.knownDifference ? c.verdict === 'good' : c.verdict === 'bad';
    expect(flagged, `${c.id} (${c.knownDifference ? `known difference: ${c.knownDifference}` : `Trivy: ${c.verdict}`})`).toBe(expected);
  });
});
