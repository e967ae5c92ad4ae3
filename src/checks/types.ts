// The shape of a security rule and of what the engine reports. Rules are data plus one check
// function; the engine owns iteration, positions, suppressions and the finding shape.
import type { Severity } from '../core/types';
import type { TfResource } from '../terraform/model';
import type { RuleContext } from './context';

/** One problem a check found on a resource. */
export interface Issue {
  /** Top-level attribute or nested block at fault: its line becomes the finding's line. */
  attribute?: string;
  message: string;
  /** Report on another resource than the one checked (cross-resource rules). */
  resource?: TfResource;
}

/**
 * A check looks at one resource of one of the rule's types. It returns nothing when the resource
 * is fine OR when the answer depends on a value that cannot be known (tri-state: unknown is never
 * reported as safe or unsafe — it is simply not a finding).
 */
export type CheckFn = (resource: TfResource, ctx: RuleContext) => Issue | Issue[] | undefined | null | false;

export interface RuleMeta {
  /** e.g. aws-s3-encryption */
  id: string;
  title: string;
  severity: Severity;
  /** Equivalent Checkov (CKV_AWS_*, CKV2_AWS_*) and Trivy (AVD-AWS-*) ids. */
  aliases: string[];
  /** tfsec / Trivy long ids (aws-s3-enable-bucket-encryption), accepted in suppression comments. */
  legacyIds?: string[];
  description: string;
  /** What to change, with a Terraform snippet. */
  remediation: string;
  /** Resource types checked; data sources are written "data.<type>". */
  resourceTypes: string[];
}

export interface Rule extends RuleMeta {
  check: CheckFn;
  /** HCL snippets: every bad one yields a finding of this rule, no good one does. They are the rule's tests. */
  examples: { good: string[]; bad: string[] };
}

export interface Finding {
  ruleId: string;
  aliases: string[];
  title: string;
  severity: Severity;
  /** Terraform address of the offending resource. */
  resource: string;
  resourceType: string;
  file: string;
  line: number;
  /**
   * The resource the rule judged, when the finding sits on another one (where the fix is made): a bucket
   * judged through its aws_s3_bucket_server_side_encryption_configuration, say.
   */
  subject?: FindingSubject;
  message: string;
  remediation: string;
  suppressed: boolean;
  /** Why it was suppressed, from the suppression comment. */
  suppressionReason?: string;
  /** Which comment suppressed it ("inframate", "checkov", "trivy", "tfsec"). */
  suppressedBy?: string;
  /** Optional AI explanation and suggested patch (never decides the finding). */
  ai?: { explanation: string; suggestedPatch: string };
}

export interface FindingSubject {
  resource: string;
  file: string;
  line: number;
}

export interface ScanResult {
  findings: Finding[];
  rulesEvaluated: number;
  resourcesScanned: number;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
