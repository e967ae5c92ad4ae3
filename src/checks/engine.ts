// The scan: every selected rule over the resources of its types (indexed once), positions from
// the loader, suppression comments applied. A rule that throws on odd input is skipped for that
// resource, never the whole scan.
import { severityRank } from '../core/types';
import type { LoadedTerraform, TfResource } from '../terraform/model';
import { RuleContext } from './context';
import { ALL_RULES } from './rules';
import { SuppressionIndex, isActive, type Suppression } from './suppress';
import type { Finding, Issue, Rule, ScanResult } from './types';
import type { SkipEntry } from '../config/file';
import { compareText } from '../core/compare';

export interface ScanOptions {
  /** "Today" for suppression expiry (default: now). */
  now?: Date;
  /** Only these rules (ids or aliases); default every rule. */
  ruleIds?: string[];
  /** Never these rules (ids or aliases), e.g. --skip-check. */
  skipRuleIds?: string[];
  /** Skips with reasons (options file, ignore file): matching findings are reported as suppressed. */
  skips?: readonly SkipEntry[];
  /** Rules to use instead of the built-in set (tests). */
  rules?: readonly Rule[];
  /** Called before each rule: throws when the run's deadline has passed (Supervisor.checkDeadline). */
  checkpoint?: (where: string) => void;
}

export interface ScanDiagnostics {
  /** Rule failures on odd input: "rule-id on address: message". */
  ruleErrors: string[];
}

const named = (r: Rule, ids: Set<string>) =>
  ids.has(r.id) || r.aliases.some((a) => ids.has(a.toLowerCase())) || (r.legacyIds ?? []).some((a) => ids.has(a.toLowerCase()));

export function selectRules(ruleIds?: string[], rules: readonly Rule[] = ALL_RULES, skipRuleIds: string[] = []): Rule[] {
  const skipped = new Set(skipRuleIds.map((id) => id.toLowerCase()));
  const kept = rules.filter((r) => !named(r, skipped));
  if (!ruleIds || ruleIds.length === 0) return kept;
  const wanted = new Set(ruleIds.map((id) => id.toLowerCase()));
  return kept.filter((r) => named(r, wanted));
}

/** Ids in the list that name no rule (to warn about: a typo would otherwise silently match nothing). */
export function unknownRuleIds(ids: readonly string[], rules: readonly Rule[] = ALL_RULES): string[] {
  return ids.filter((id) => !rules.some((r) => named(r, new Set([id.toLowerCase()]))));
}

/** A skip entry that applies to this finding today. */
function matchSkip(rule: Rule, address: string, skips: readonly SkipEntry[], today: string): SkipEntry | undefined {
  return skips.find(
    (s) =>
      named(rule, new Set([s.id])) &&
      (!s.expires || today <= s.expires) &&
      (!s.resource || (s.resource.endsWith('*') ? address.startsWith(s.resource.slice(0, -1)) : address === s.resource)),
  );
}

export function scanTerraform(loaded: LoadedTerraform, opts: ScanOptions = {}): ScanResult & ScanDiagnostics {
  const rules = selectRules(opts.ruleIds, opts.rules ?? ALL_RULES, opts.skipRuleIds);
  const ctx = new RuleContext(loaded);
  const suppressions = new SuppressionIndex(loaded.comments ?? [], loaded.resources, loaded.modules ?? []);
  const today = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const findings: Finding[] = [];
  const ruleErrors: string[] = [];
  const seen = new Set<string>();
  // A module called from several roots (the repository root and examples/*, say) yields the same
  // address at the same file and line once per root: report that code once, from the first root.
  const rootOf = new Map<string, string>();

  for (const rule of rules) {
    opts.checkpoint?.(`rule ${rule.id}`);
    for (const type of rule.resourceTypes) {
      for (const res of ctx.ofType(type)) {
        let issues: Issue[];
        try {
          const r = rule.check(res, ctx);
          issues = !r ? [] : Array.isArray(r) ? r : [r];
        } catch (error) {
          ruleErrors.push(`${rule.id} on ${res.address}: ${(error as Error)?.message ?? String(error)}`);
          continue;
        }
        for (const issue of issues) {
          const target = issue.resource ?? res;
          const line = lineOf(target, issue.attribute);
          // A finding placed on another resource is one per resource judged (two buckets sharing one configuration).
          const key = `${rule.id}|${target.address}|${line}|${issue.message}|${target === res ? '' : res.address}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const place = `${rule.id}|${target.address}|${target.pos.file}|${line}`;
          const root = target.rootDir ?? '';
          if ((rootOf.get(place) ?? root) !== root) continue;
          rootOf.set(place, root);
          const finding: Finding = {
            ruleId: rule.id,
            aliases: rule.aliases,
            title: rule.title,
            severity: rule.severity,
            resource: target.address,
            resourceType: target.type,
            file: target.pos.file,
            line,
            message: issue.message,
            remediation: rule.remediation,
            suppressed: false,
          };
          if (target !== res) finding.subject = { resource: res.address, file: res.pos.file, line: Math.max(1, res.pos.line) };
          // A cross-resource finding can be suppressed on either resource.
          const candidates = suppressions.candidates(target, line);
          if (target !== res) candidates.push(...suppressions.candidates(res, res.pos.line));
          const by = matchSuppression(rule, candidates, today);
          if (by) {
            finding.suppressed = true;
            finding.suppressedBy = by.source;
            if (by.reason) finding.suppressionReason = by.reason;
          } else {
            const skip = matchSkip(rule, target.address, opts.skips ?? [], today);
            if (skip) {
              finding.suppressed = true;
              finding.suppressedBy = skip.from;
              finding.suppressionReason = skip.reason ?? `skipped in ${skip.source}`;
            }
          }
          findings.push(finding);
        }
      }
    }
  }
  findings.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.resource, b.resource),
  );
  return {
    findings,
    rulesEvaluated: rules.length,
    resourcesScanned: loaded.resources.filter((r) => r.kind === 'resource').length,
    ruleErrors,
  };
}

/** Line of the attribute at fault: the most precise located prefix of its dotted path, else the block's. */
function lineOf(res: TfResource, attribute?: string): number {
  if (attribute && res.attributePos) {
    // Most precise first: "ingress[1].cidr_blocks", "ingress[1]", "ingress".
    const segs = attribute.split('.');
    for (let n = segs.length; n > 0; n--) {
      const path = segs.slice(0, n).join('.');
      for (const key of [path, path.replace(/\[\d+\]$/, '')]) {
        const p = res.attributePos[key];
        if (p && p.file === res.pos.file) return p.line;
      }
    }
  }
  return res.pos.line;
}

/** The active suppression naming this rule in the syntax of its source, if any. */
function matchSuppression(rule: Rule, candidates: Suppression[], today: string): Suppression | undefined {
  for (const s of candidates) {
    if (!isActive(s, today)) continue;
    if (namesRule(rule, s)) return s;
  }
  return undefined;
}

function namesRule(rule: Rule, s: Suppression): boolean {
  const aliases = rule.aliases.map((a) => a.toLowerCase());
  const legacy = (rule.legacyIds ?? []).map((a) => a.toLowerCase());
  switch (s.source) {
    case 'inframate':
      return s.id === '*' || s.id === rule.id || aliases.includes(s.id);
    case 'checkov':
      return aliases.includes(s.id) && s.id.startsWith('ckv');
    case 'trivy':
    case 'tfsec':
      return (aliases.includes(s.id) && s.id.startsWith('avd-')) || legacy.includes(s.id) || s.id === '*';
  }
}

/** For the analyze gate: the findings that must not remain in generated Terraform. */
export function blockingFindings(loaded: LoadedTerraform, minimum: 'critical' | 'high' = 'high'): Finding[] {
  const threshold = severityRank(minimum);
  return scanTerraform(loaded).findings.filter((f) => !f.suppressed && severityRank(f.severity) >= threshold);
}
