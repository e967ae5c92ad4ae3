// The error report (contracts §3.7) as a markdown section, appended to every command's markdown
// (stdout, job summary, PR comment). Unrecovered errors come first and carry what to do next.
import type { ErrorRecord, ErrorReport } from './report';
import { tableCell } from '../core/markdown';

const cell = (text: string, max = 300): string => tableCell(text, { max });

function outcome(e: ErrorRecord): string {
  if (!e.recovered) return e.strategy ? `**unrecovered** (${e.strategy})` : '**unrecovered**';
  return e.strategy ? `recovered (${e.strategy})` : 'recovered';
}

/** Recoveries after which the result is the same as if nothing had failed. */
const LOSSLESS = new Set(['retry', 'cache-miss', 'skip-cache', 'skip-audit']);

function summary(report: ErrorReport): string {
  const noun = report.total === 1 ? 'error' : 'errors';
  if (report.unrecovered === 0) {
    const lossy = [...new Set(report.errors.filter((e) => !e.strategy || !LOSSLESS.has(e.strategy)).map((e) => e.strategy ?? 'fallback'))];
    if (lossy.length === 0) return `${report.total} ${noun}, all recovered: the results above are complete.`;
    return `${report.total} ${noun}, all recovered, but the results above are **incomplete** (${lossy.join(', ')}): see the table.`;
  }
  return `${report.total} ${noun}: ${report.recovered} recovered, ${report.unrecovered} unrecovered.`;
}

function advice(e: ErrorRecord): string[] {
  const lines = [`- **${cell(e.step, 120)}** (${e.type}, ${e.severity}): ${cell(e.message, 500)}`];
  if (e.solution) lines.push(`  - What to do: ${cell(e.solution, 500)}`);
  if (e.analysis) {
    lines.push(`  - Likely root cause: ${cell(e.analysis.rootCause, 500)}`);
    lines.push(`  - Fix: ${cell(e.analysis.fix, 500)}`);
    lines.push(`  - Prevention: ${cell(e.analysis.prevention, 500)}`);
  }
  if (e.issue)
    lines.push(
      `  - Tracked in [#${e.issue.number}](${e.issue.url}) (seen ${e.issue.occurrences} time${e.issue.occurrences === 1 ? '' : 's'})`,
    );
  return lines;
}

/** "## Errors" followed by a summary line, a table of every error, and advice for the unrecovered ones. */
export function renderErrorReportMarkdown(report: ErrorReport, opts: { heading?: string } = {}): string {
  const heading = opts.heading ?? '## Errors';
  if (report.total === 0) return `${heading}\n\nNone: every step succeeded.\n`;
  const ordered = [...report.errors].sort((a, b) => Number(a.recovered) - Number(b.recovered));
  const lines = [
    heading,
    '',
    summary(report),
    '',
    '| step | type | severity | attempts | outcome | message |',
    '|---|---|---|---|---|---|',
  ];
  for (const e of ordered) {
    lines.push(`| ${cell(e.step, 80)} | ${e.type} | ${e.severity} | ${e.attempts} | ${outcome(e)} | ${cell(e.message)} |`);
  }
  const open = ordered.filter((e) => !e.recovered);
  if (open.length) {
    lines.push('', '### What to do', '');
    for (const e of open) lines.push(...advice(e));
  }
  return lines.join('\n') + '\n';
}
