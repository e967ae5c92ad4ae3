// The secure report (contracts §3.2) and its markdown rendering.
import { SEVERITIES, type Severity } from '../core/types';
import type { BaseReport } from '../commands/types';
import type { LlmMetrics } from '../llm';
import { renderLlmMarkdown } from '../llm/markdown';
import type { Finding } from './types';
import { fencedBlock, markdownCode, tableCell } from '../core/markdown';
import type { LoadError } from '../terraform/model';
import { renderNotScannedMarkdown } from '../terraform/not-scanned';

export interface RuleListing {
  id: string;
  title: string;
  severity: Severity;
  aliases: string[];
  resourceTypes: string[];
}

export interface SecureReport extends BaseReport {
  command: 'secure';
  findings: Finding[];
  summary: Record<Severity, number> & { suppressed: number };
  rulesEvaluated: number;
  resourcesScanned: number;
  /** Files scanned, relative to the scanned directory. */
  filesScanned: number;
  /** The scanned directory relative to the working directory ("" when the same): SARIF paths start here. */
  root: string;
  /** Only with --list-rules. */
  rules?: RuleListing[];
  /** AI usage, when AI advice was requested. */
  llm?: LlmMetrics;
  /** Loader warnings (values left unknown, reads refused outside the repository), with file and line. */
  warnings?: LoadError[];
}

export function summarize(findings: readonly Finding[]): SecureReport['summary'] {
  const summary = { critical: 0, high: 0, medium: 0, low: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) summary.suppressed++;
    else summary[f.severity]++;
  }
  return summary;
}

const esc = (s: string) => tableCell(s);
const MAX_PER_RULE = 25;
const MAX_SUPPRESSED = 100;
const HEADINGS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };

export function renderSecureMarkdown(r: SecureReport, opts: { compact?: boolean } = {}): string {
  if (r.rules) {
    const lines = [
      `# inframate secure: ${r.rules.length} rules`,
      '',
      '| id | severity | title | aliases | resource types |',
      '|---|---|---|---|---|',
    ];
    for (const rule of r.rules) {
      lines.push(`| ${rule.id} | ${rule.severity} | ${esc(rule.title)} | ${rule.aliases.join(', ')} | ${rule.resourceTypes.join(', ')} |`);
    }
    return lines.join('\n') + '\n';
  }
  const open = r.findings.filter((f) => !f.suppressed);
  const lines: string[] = [];
  lines.push('# inframate secure');
  lines.push('');
  lines.push(
    `Scanned ${r.resourcesScanned} resources in ${r.filesScanned} files with ${r.rulesEvaluated} rules: ` +
      (open.length === 0
        ? r.filesNotScanned?.length
          ? `**no findings in the files scanned; ${r.filesNotScanned.length} file${r.filesNotScanned.length === 1 ? '' : 's'} not scanned**`
          : '**no findings**'
        : `**${open.length} finding${open.length === 1 ? '' : 's'}**`) +
      (r.summary.suppressed ? `, ${r.summary.suppressed} suppressed` : '') +
      '.',
  );
  lines.push('');
  lines.push('| severity | findings |', '|---|---|');
  for (const s of SEVERITIES) lines.push(`| ${s} | ${r.summary[s]} |`);
  lines.push(`| suppressed | ${r.summary.suppressed} |`);
  // Grouped by severity, then by rule: the remediation is shown once per rule, and long lists are
  // cut (the JSON and SARIF outputs always carry every finding).
  if (opts.compact && open.length > 0) {
    // One line per finding, like Checkov's --compact: no remediation or AI text.
    lines.push('', '| severity | rule | resource | location | message |', '|---|---|---|---|---|');
    for (const f of open) {
      lines.push(`| ${f.severity} | ${f.ruleId} | \`${f.resource}\` | ${f.file}:${f.line} | ${esc(f.message)} |`);
    }
  }
  for (const sev of opts.compact ? [] : SEVERITIES) {
    const group = open.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push('', `## ${HEADINGS[sev]} (${group.length})`);
    const byRule = new Map<string, Finding[]>();
    for (const f of group) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    for (const [ruleId, list] of byRule) {
      const first = list[0]!;
      lines.push('', `### ${first.title}`, '', `\`${ruleId}\`${first.aliases.length ? ` (${first.aliases.join(', ')})` : ''}`, '');
      for (const f of list.slice(0, MAX_PER_RULE)) {
        const judged = f.subject
          ? ` (judged: ${markdownCode(f.subject.resource)} at ${markdownCode(`${f.subject.file}:${f.subject.line}`)})`
          : '';
        lines.push(`- ${markdownCode(f.resource)} at ${markdownCode(`${f.file}:${f.line}`)}${judged}: ${esc(f.message)}`);
        if (f.ai) {
          lines.push('  <details><summary>AI explanation and suggested patch</summary>', '', `  ${esc(f.ai.explanation)}`);
          if (f.ai.suggestedPatch) lines.push('', ...fencedBlock(f.ai.suggestedPatch, 'hcl', '  '));
          lines.push('', '  </details>');
        }
      }
      if (list.length > MAX_PER_RULE) lines.push(`- … and ${list.length - MAX_PER_RULE} more (see the JSON or SARIF output)`);
      lines.push('', '<details><summary>Remediation</summary>', '', first.remediation, '', '</details>');
    }
  }
  const suppressed = r.findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    lines.push('', `## Suppressed (${suppressed.length})`, '', '| rule | resource | location | by | reason |', '|---|---|---|---|---|');
    for (const f of suppressed.slice(0, MAX_SUPPRESSED)) {
      lines.push(
        `| ${f.ruleId} | ${markdownCode(f.resource)} | ${esc(`${f.file}:${f.line}`)} | ${esc(f.suppressedBy ?? '')} | ${esc(f.suppressionReason ?? '(no reason given)')} |`,
      );
    }
    if (suppressed.length > MAX_SUPPRESSED) lines.push('', `… and ${suppressed.length - MAX_SUPPRESSED} more (see the JSON output).`);
  }
  lines.push(...renderNotScannedMarkdown(r.filesNotScanned));
  if (r.warnings?.length) {
    lines.push('', `<details><summary>Loader warnings (${r.warnings.length})</summary>`, '');
    for (const w of r.warnings.slice(0, MAX_SUPPRESSED)) lines.push(`- ${markdownCode(`${w.file}:${w.line}`)}: ${esc(w.message)}`);
    if (r.warnings.length > MAX_SUPPRESSED) lines.push(`- … and ${r.warnings.length - MAX_SUPPRESSED} more (see the JSON output)`);
    lines.push('', '</details>');
  }
  if (r.llm) lines.push('', ...renderLlmMarkdown(r.llm));
  // The error report is appended by the dispatcher (renderErrorReportMarkdown), not repeated here.
  return lines.join('\n') + '\n';
}
