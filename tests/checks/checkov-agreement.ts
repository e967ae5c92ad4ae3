// Agreement with Checkov's own labelled test cases (tests/fixtures/checkov-labelled/<CKV id>/):
// each case is Checkov's Terraform with the resources its test suite expects to FAIL or PASS.
// A resource agrees when the rules aliased to that Checkov id flag it exactly when Checkov fails it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanTerraform } from '../../src/checks/engine';
import type { Rule } from '../../src/checks/types';
import { loadTerraformFiles } from '../../src/terraform/load';

export const LABELLED_DIR = join(import.meta.dirname, '..', 'fixtures', 'checkov-labelled');

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
  knownDifferences?: KnownDifference[];
  files: Map<string, string>;
}

export interface ResourceVerdict {
  resource: string;
  label: 'failing' | 'passing';
  flagged: boolean;
  agrees: boolean;
}

export function listCases(dir = LABELLED_DIR): LabelledCase[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const caseDir = join(dir, d.name);
      const expected = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as Omit<LabelledCase, 'id' | 'files'>;
      const files = new Map(
        readdirSync(caseDir)
          .filter((f) => f.endsWith('.tf'))
          .map((f) => [f, readFileSync(join(caseDir, f), 'utf8')] as const),
      );
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
  const flagged = new Set(scan.findings.filter((f) => !f.suppressed).map((f) => f.resource));
  const verdicts: ResourceVerdict[] = [
    ...c.failing.map((resource) => ({ resource, label: 'failing' as const, flagged: flagged.has(resource) })),
    ...c.passing.map((resource) => ({ resource, label: 'passing' as const, flagged: flagged.has(resource) })),
  ].map((v) => ({ ...v, agrees: v.flagged === (v.label === 'failing') }));
  return { verdicts, loadErrors: loaded.errors.map((e) => JSON.stringify(e)), rules: scan.rulesEvaluated };
}
