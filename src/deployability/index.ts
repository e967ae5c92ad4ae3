// checkDeployability(loaded, contract): the deployability gate beside the schema and security
// gates. A failure names the rule and the resource; analyze then writes nothing and exits 1.
import type { LoadedTerraform, TfResource } from '../terraform/model';
import type { RunContract } from '../runcontract/types';
import type { DeployabilityFailure, DeployabilityReport } from './types';
import { CONTRACT_RULES, DEPLOYABILITY_RULES } from './rules';

export type { DeployabilityFailure, DeployabilityReport, DeployabilityRule } from './types';
export { DEPLOYABILITY_RULES };

/**
 * `enforceContract` (default true): contract-rule failures block. Generation passes false until it
 * wires the contract's variables, health paths and ports; they are then advisories in the report.
 */
export function checkDeployability(
  loaded: LoadedTerraform,
  contract?: RunContract,
  ruleIds?: readonly string[],
  enforceContract = true,
): DeployabilityReport {
  const byTypeMap = new Map<string, TfResource[]>();
  for (const r of loaded.resources) if (r.kind === 'resource') byTypeMap.set(r.type, [...(byTypeMap.get(r.type) ?? []), r]);
  const ctx = { loaded, contract, byType: (t: string) => byTypeMap.get(t) ?? [] };
  const failures: DeployabilityFailure[] = [];
  const advisories: DeployabilityFailure[] = [];
  const skipped: string[] = [];
  let rulesEvaluated = 0;
  for (const rule of DEPLOYABILITY_RULES) {
    if (ruleIds && !ruleIds.includes(rule.id)) continue;
    if (CONTRACT_RULES.has(rule.id) && !contract) {
      skipped.push(rule.id);
      continue;
    }
    rulesEvaluated++;
    const into = CONTRACT_RULES.has(rule.id) && !enforceContract ? advisories : failures;
    for (const f of rule.check(ctx))
      into.push({ rule: rule.id, resource: f.resource, file: f.at.pos.file, line: f.at.pos.line, message: f.message });
  }
  const order = (a: DeployabilityFailure, b: DeployabilityFailure) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  failures.sort(order);
  advisories.sort(order);
  return { passed: failures.length === 0, failures, advisories, rulesEvaluated, skipped };
}
