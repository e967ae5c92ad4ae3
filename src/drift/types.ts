// The drift report (contracts §3.5) and the shapes drift's services exchange.
import type { AwsCallRecord } from '../aws/client';
import type { BaseReport } from '../commands/types';
import type { Severity } from '../core/types';

export type DriftType = 'modified' | 'missing' | 'unmanaged' | 'replaced';

/** Shown instead of any value Terraform marks sensitive (plan `*_sensitive`, state `sensitive_attributes`). */
export const SENSITIVE_MASK = '(sensitive)';
export const UNKNOWN_VALUE = '(known after apply)';

export interface DriftDifference {
  /** `tags.Env`, `ingress[0].cidr_blocks[1]`. */
  path: string;
  /** What Terraform recorded (state / code). */
  expected: unknown;
  /** What the cloud has now. */
  actual: unknown;
  sensitive?: boolean;
}

export interface DriftItem {
  address: string;
  type: string;
  driftType: DriftType;
  severity: Severity;
  differences: DriftDifference[];
  /** Stable key of this drift (address, type and changed paths): one issue per fingerprint. */
  fingerprint: string;
  /** Where it was seen: a plan's resource_drift / resource_changes, the streaming plan log, or the live scan. */
  source: 'plan' | 'plan-log' | 'live';
  /** The cloud id (import id for unmanaged resources). */
  id?: string;
  arn?: string;
  previousAddress?: string;
  /** Terraform's action_reason, for replacements. */
  reason?: string;
  /** State resources that depend on this one. */
  dependants: string[];
  /** Why this severity. */
  severityReason: string;
  /** The resource block in the code, when the Terraform loader found it. */
  location?: { file: string; line: number };
}

export type RecoveryAction = 'confirm' | 'accept' | 'revert' | 'recreate' | 'import' | 'review-replacement';

export interface RecoveryStep {
  order: number;
  action: RecoveryAction;
  addresses: string[];
  command: string;
  risk: 'low' | 'medium' | 'high';
  rationale: string;
  rollback: string;
  /** What the step changes in the cloud (revert / recreate), path by path. */
  changes?: string[];
  /** Code changes (accept drift into code, import blocks): file, line and a unified diff. */
  patch?: { file: string; line?: number; diff: string };
}

export interface DriftSummary {
  total: number;
  modified: number;
  missing: number;
  unmanaged: number;
  replaced: number;
  /** Planned changes that are not drift (code not yet applied), from resource_changes. */
  pendingChanges: number;
  bySeverity: Record<Severity, number>;
}

export interface DriftReport extends BaseReport {
  command: 'drift';
  driftItems: DriftItem[];
  recoveryPlan: { requiresApproval: true; steps: RecoveryStep[] };
  summary: DriftSummary;
  inputs: {
    plan?: string;
    state?: string;
    planKind?: string;
    live?: { region: string; tags: Record<string, string>; resourcesSeen: number };
  };
  /** Every AWS call of the live scan (ok / denied / error). */
  awsCalls?: AwsCallRecord[];
  /** Optional AI explanation and priorities in words; never changes the items. */
  ai?: { provider: string; model?: string; explanation: string; priorities: string[] };
}
