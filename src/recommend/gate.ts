// What of the validation gate counts against --fail-on: schema errors, unresolved references,
// parse errors and deployability failures mean a broken module (critical); security findings keep
// their own severity.
import type { FindingLike } from '../commands/types';
import type { TerraformReport } from './generate';

export function gateFindings(tf: TerraformReport | undefined): FindingLike[] {
  if (!tf) return [];
  const v = tf.validation;
  const broken = v.parseErrors.length + v.schemaErrors.length + v.unresolvedReferences.length + (v.deployability?.failures.length ?? 0);
  return [
    ...Array.from({ length: broken }, () => ({ severity: 'critical' as const })),
    ...v.findings.map((f) => ({ severity: f.severity, suppressed: f.suppressed })),
  ];
}
