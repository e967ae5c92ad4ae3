// Agreement with Checkov's own labelled test cases (tests/fixtures/checkov-labelled/<CKV id>/):
// each case is Checkov's Terraform with the resources its test suite expects to FAIL or PASS.
// A resource agrees when the rules aliased to that Checkov id flag it exactly when Checkov fails it.
// Cases extracted from a test written inline are named <CKV id>.<test method> (one per method).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanTerraform } from '../../src/checks/engine';
import type { Rule } from '../../src/checks/types';
import { loadTerraformFiles } from '../../src/terraform/load';
import { compareText } from '../../src/core/compare';

export const LABELLED_DIR = join(import.meta.dirname, '..', 'fixtures', 'checkov-labelled');
export const TRIVY_DIR = join(import.meta.dirname, '..', 'fixtures', 'trivy-labelled');

/** Every .tf / .tf.json file under dir, keyed by its path relative to dir (modules in sub-folders). */
function tfFilesUnder(dir: string): Map<string, string> {
  return new Map(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => /\.tf(\.json)?$/.test(f))
      .sort()
      .map((f) => [f.split('\\').join('/'), readFileSync(join(dir, f), 'utf8')] as const),
  );
}

/** One of Trivy's good/bad Terraform examples of a check (tests/fixtures/trivy-labelled/<AVD id>/<good|bad>-<n>/). */
export interface TrivyCase {
  id: string;
  ruleAlias: string;
  source: string;
  verdict: 'good' | 'bad';
  /** A deliberate difference: we report the opposite of Trivy, for this reason. */
  knownDifference?: string;
  files: Map<string, string>;
}

export function listTrivyCases(dir = TRIVY_DIR): TrivyCase[] {
  const out: TrivyCase[] = [];
  for (const check of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const ex of readdirSync(join(dir, check.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const caseDir = join(dir, check.name, ex.name);
      const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Omit<TrivyCase, 'id' | 'files'>;
      out.push({ id: `${check.name}/${ex.name}`, ...expected, files: tfFilesUnder(caseDir) });
    }
  }
  return out.sort((a, b) => compareText(a.id, b.id));
}

/** Does any rule aliased to the Trivy id report the example (Trivy's bad examples must, its good ones must not)? */
export async function judgeTrivyCase(
  c: TrivyCase,
  rules?: readonly Rule[],
): Promise<{ flagged: boolean; agrees: boolean; loadErrors: string[]; rules: number }> {
  const loaded = await loadTerraformFiles(`/trivy/${c.id}`, c.files);
  const scan = scanTerraform(loaded, { ruleIds: [c.ruleAlias], rules });
  const flagged = scan.findings.some((f) => !f.suppressed);
  return {
    flagged,
    agrees: flagged === (c.verdict === 'bad'),
    loadErrors: loaded.errors.map((e) => JSON.stringify(e)),
    rules: scan.rulesEvaluated,
  };
}

export interface KnownDifference {
  resource: string;
  reason: string;
}

export interface LabelledCase {
  id: string;
  ruleAlias: string;
  source: string;
  failing: string[];
  passing: string[];
  /** Extracted by scripts/extract-labelled-cases.ts (not curated by hand). */
  extracted?: boolean;
  knownDifferences?: KnownDifference[];
  /** Checkov's own fixture is not valid Terraform: why (our loader must refuse it with an error). */
  invalidTerraform?: string;
  files: Map<string, string>;
}

export interface ResourceVerdict {
  resource: string;
  label: 'failing' | 'passing';
  flagged: boolean;
  agrees: boolean;
}

/** The Checkov ids the cases label (a case directory is named <id> or <id>.<suffix>). */
export const caseIds = (cases: readonly LabelledCase[]): Set<string> => new Set(cases.map((c) => c.ruleAlias));

/** Confusion counts with the scanner as ground truth (its failing/bad = positive). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export const rates = (c: Counts) => ({ recall: c.tp / (c.tp + c.fn), precision: c.tp / (c.tp + c.fp) });

export function listCases(dir = LABELLED_DIR): LabelledCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const caseDir = join(dir, d.name);
      const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Omit<LabelledCase, 'id' | 'files'>;
      const files = tfFilesUnder(caseDir);
      return { id: d.name, ...expected, files };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/**
 * Loads a case through the real loader, scans it with the rules aliased to its Checkov id, compares.
 * `rules` replaces the built-in set (to measure an older rule set against the same cases).
 */
export async function judgeCase(
  c: LabelledCase,
  rules?: readonly Rule[],
): Promise<{ verdicts: ResourceVerdict[]; loadErrors: string[]; rules: number }> {
  const loaded = await loadTerraformFiles(`/checkov/${c.id}`, c.files);
  const scan = scanTerraform(loaded, { ruleIds: [c.ruleAlias], rules });
  // A labelled resource is flagged when a finding sits on it or judged it (`subject`: a bucket reported where its fix
  // is made, on its encryption configuration resource, say).
  const flagged = new Set(
    scan.findings
      .filter((f) => !f.suppressed)
      .flatMap((f) => [f.resource, ...(f.subject ? [f.subject.resource] : [])])
      // Checkov labels a resource with `count` / `for_each` by its address without the instance key.
      .flatMap((a) => [a, a.replace(/\[[^\]]*\]$/, '')]),
  );
  const verdicts: ResourceVerdict[] = [
    ...c.failing.map((resource) => ({ resource, label: 'failing' as const, flagged: flagged.has(resource) })),
    ...c.passing.map((resource) => ({ resource, label: 'passing' as const, flagged: flagged.has(resource) })),
  ].map((v) => ({ ...v, agrees: v.flagged === (v.label === 'failing') }));
  return { verdicts, loadErrors: loaded.errors.map((e) => JSON.stringify(e)), rules: scan.rulesEvaluated };
}
