// Accuracy on the labelled corpus of real error outputs (tests/fixtures/diagnose). The figures are
// printed; the thresholds are the issue's: category ≥ 95%, error code ≥ 95% and resource address
// ≥ 90% where the case has one.
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../../src/diagnose/diagnose';
import { DIAGNOSE_RULES, patternsOf } from '../../src/diagnose/rules';
import { CATEGORIES } from '../../src/diagnose/types';
import { loadCorpus } from './corpus';

const cases = loadCorpus();

function score(list: typeof cases) {
  let category = 0;
  let code = 0;
  let codeN = 0;
  let resource = 0;
  let resourceN = 0;
  const misses: string[] = [];
  for (const c of list) {
    const first = diagnoseText(c.log).diagnoses[0];
    if (first?.category === c.category) category++;
    else misses.push(`${c.id}: category ${first?.category} (want ${c.category})`);
    if (c.code) {
      codeN++;
      if (first?.errorCode === c.code) code++;
      else misses.push(`${c.id}: code ${first?.errorCode} (want ${c.code})`);
    }
    if (c.resource) {
      resourceN++;
      if (first?.resource === c.resource) resource++;
      else misses.push(`${c.id}: resource ${first?.resource} (want ${c.resource})`);
    }
  }
  return { n: list.length, category, code, codeN, resource, resourceN, misses };
}

const pct = (a: number, b: number) => (b ? (100 * a) / b : 100);

describe('labelled corpus of real error outputs', () => {
  it('has at least 150 cases, each with a source URL and a valid category, covering all 14 known categories', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const c of cases) {
      expect(c.source, c.id).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+$/);
      expect(CATEGORIES, c.id).toContain(c.category);
      expect(c.log.trim().length, c.id).toBeGreaterThan(10);
    }
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.category))).toEqual(new Set(CATEGORIES.filter((c) => c !== 'unknown')));
  });

  it('classifies the corpus: category ≥ 95%, code ≥ 95%, resource ≥ 90% (figures printed)', () => {
    const s = score(cases);
    const line = `diagnose corpus: ${s.n} cases · category ${s.category}/${s.n} (${pct(s.category, s.n).toFixed(1)}%) · error code ${s.code}/${s.codeN} (${pct(s.code, s.codeN).toFixed(1)}%) · resource ${s.resource}/${s.resourceN} (${pct(s.resource, s.resourceN).toFixed(1)}%)`;
    console.log(line);
    if (s.misses.length) console.log(`misses:\n  ${s.misses.join('\n  ')}`);
    expect(pct(s.category, s.n)).toBeGreaterThanOrEqual(95);
    expect(pct(s.code, s.codeN)).toBeGreaterThanOrEqual(95);
    expect(pct(s.resource, s.resourceN)).toBeGreaterThanOrEqual(90);
  });

  it('per category: every category is recognised in most of its cases', () => {
    const byCat = new Map<string, typeof cases>();
    for (const c of cases) byCat.set(c.category, [...(byCat.get(c.category) ?? []), c]);
    const rows: string[] = [];
    for (const [cat, list] of byCat) {
      const s = score(list);
      rows.push(`${cat.padEnd(22)} ${String(s.category).padStart(3)}/${s.n}`);
      expect(pct(s.category, s.n), cat).toBeGreaterThanOrEqual(80);
    }
    console.log(`per category:\n  ${rows.sort().join('\n  ')}`);
  });
});

describe('rule catalogue (data)', () => {
  it('has unique ids, valid categories, https docs and known placeholders', () => {
    const ids = DIAGNOSE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set([
      'action',
      'actionNote',
      'arn',
      'resource',
      'where',
      'code',
      'lockId',
      'lockWho',
      'instanceType',
      'az',
      'otherAzs',
      'argument',
      'serviceCode',
      'iamStatement',
      'providerChange',
    ]);
    for (const r of DIAGNOSE_RULES) {
      expect(CATEGORIES).toContain(r.category);
      expect(r.docs).toMatch(/^https:\/\//);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.fixes.length, r.id).toBeGreaterThan(0);
      for (const text of [r.summary, r.rootCause, ...r.fixes]) {
        for (const m of text.matchAll(/\{(\w+)\}/g)) expect(known, `${r.id}: {${m[1]}}`).toContain(m[1]);
      }
    }
  });

  it('covers at least 150 distinct error forms (patterns and error codes) across all 14 categories', () => {
    const forms = new Set<string>();
    for (const r of DIAGNOSE_RULES) {
      for (const p of patternsOf(r)) forms.add(`re:${p.source}`);
      for (const c of r.codes ?? []) forms.add(`code:${c}`);
    }
    console.log(`diagnose catalogue: ${DIAGNOSE_RULES.length} rules, ${forms.size} distinct error forms`);
    expect(forms.size).toBeGreaterThanOrEqual(150);
    expect(new Set(DIAGNOSE_RULES.map((r) => r.category))).toEqual(new Set(CATEGORIES.filter((c) => c !== 'unknown')));
  });

  it('a text that is not an error gives no diagnosis (no rule matches ordinary output)', () => {
    const ok = [
      'Initializing the backend...',
      'Terraform has been successfully initialized!',
      'aws_instance.web: Creating...',
      'aws_instance.web: Still creating... [10s elapsed]',
      'aws_instance.web: Creation complete after 32s [id=i-0123456789abcdef0]',
      'Apply complete! Resources: 3 added, 0 changed, 0 destroyed.',
      'Plan: 2 to add, 0 to change, 0 to destroy.',
    ].join('\n');
    expect(diagnoseText(ok).diagnoses).toEqual([]);
  });
});

describe('held-out cases (labelled after the rules were frozen)', () => {
  it('reports its own figures; a lower bar, since no rule was written while reading these cases', () => {
    const holdout = loadCorpus('holdout');
    expect(holdout.length).toBeGreaterThanOrEqual(20);
    const s = score(holdout);
    console.log(
      `diagnose held-out: ${s.n} cases · category ${s.category}/${s.n} (${pct(s.category, s.n).toFixed(1)}%) · error code ${s.code}/${s.codeN} · resource ${s.resource}/${s.resourceN}` +
        (s.misses.length ? `\n  misses: ${s.misses.join('; ')}` : ''),
    );
    expect(pct(s.category, s.n)).toBeGreaterThanOrEqual(80);
  });
});
