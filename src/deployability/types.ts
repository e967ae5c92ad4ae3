// The deployability gate: rules over the loader's evaluated resources (for_each, modules and
// jsonencode already expanded) and the run contract, one rule per file with good and bad examples.
import type { LoadedTerraform, TfResource } from '../terraform/model';
import type { RunContract } from '../runcontract/types';

export interface DeployabilityFailure {
  rule: string;
  /** Terraform address of the resource (module.x.aws_ecs_task_definition.y["api"]). */
  resource: string;
  file: string;
  line: number;
  message: string;
}

export interface RuleContext {
  loaded: LoadedTerraform;
  /** Absent when the module was not generated from a run contract: contract rules then do nothing. */
  contract?: RunContract;
  byType: (type: string) => TfResource[];
}

export interface DeployabilityRule {
  id: string;
  title: string;
  /** Why AWS or the application rejects it. */
  description: string;
  check: (ctx: RuleContext) => Array<Omit<DeployabilityFailure, 'rule' | 'file' | 'line'> & { at: TfResource }>;
  examples: {
    good: string[];
    bad: string[];
    /** The run contract the examples are checked against (contract rules). */
    contract?: RunContract;
  };
}

export interface DeployabilityReport {
  passed: boolean;
  /** Blocking failures: the module is not written. */
  failures: DeployabilityFailure[];
  /**
   * Contract-rule failures reported without blocking, when the generator did not declare that it
   * wires the run contract (enforceContract false): the report still names each one.
   */
  advisories: DeployabilityFailure[];
  rulesEvaluated: number;
  /** Rules that need the run contract and had none. */
  skipped: string[];
}
