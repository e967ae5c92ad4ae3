// Markdown for cost estimates, savings and cost diffs (job summaries, PR comments).
import type { CostDiff } from './diff';
import type { Saving } from './savings';
import type { CostEstimate } from './types';
import { markdownCode, tableCell } from '../core/markdown';
import { compareText } from '../core/compare';

export const money = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const signed = (n: number) => (n > 0 ? `+${money(n)}` : n < 0 ? `-${money(-n)}` : money(0));
/** Rows per table: GitHub comments stop at 65,536 characters; the JSON report has everything. */
export const MAX_ROWS = 100;
/** The row saying how many rows were left out, with as many cells as the table has columns. */
const more = (n: number, columns: number) =>
  n > MAX_ROWS ? [`| … ${n - MAX_ROWS} more in the JSON report (--format json) |${' |'.repeat(columns - 1)}`] : [];

/** Table cells: pipes and newlines would break the table. */
const cell = (s: string) => tableCell(s);

export function renderEstimateMarkdown(e: CostEstimate, savings: Saving[] = [], opts: { heading?: string } = {}): string {
  const lines: string[] = [];
  lines.push(`${opts.heading ?? '##'} Monthly cost estimate: ${money(e.totalMonthlyCost)}`);
  lines.push('');
  lines.push(`Region ${e.region}, on-demand list prices of ${e.priceDate}. Usage-based charges without usage data are not counted (—).`);
  lines.push('');
  if (e.resources.length > 0) {
    lines.push('| resource | monthly | components |', '|---|---:|---|');
    const sorted = [...e.resources].sort((a, b) => (b.monthlyCost ?? -1) - (a.monthlyCost ?? -1) || compareText(a.address, b.address));
    for (const r of sorted.slice(0, MAX_ROWS)) {
      // Each component escaped on its own; the line breaks between them are ours.
      const comps = r.components
        .map((c) =>
          cell(
            `${c.name}: ${money(c.monthlyCost)}${c.monthlyCost === null && c.note ? ` (${c.note})` : c.assumption ? ` (assumed: ${c.assumption})` : ''}`,
          ),
        )
        .join('<br>');
      lines.push(`| ${markdownCode(r.address)} | ${money(r.monthlyCost)} | ${comps} |`);
    }
    lines.push(...more(sorted.length, 3));
    lines.push('');
  }
  if (savings.length > 0) {
    const total = savings.reduce((s, x) => s + (x.monthlySavings ?? 0), 0);
    lines.push(`${opts.heading ?? '##'}# Savings (${money(total)} / month)`, '');
    lines.push('| rule | resource | monthly saving | why |', '|---|---|---:|---|');
    for (const s of savings.slice(0, MAX_ROWS))
      lines.push(
        `| ${s.ruleId} | ${markdownCode(s.resource)} (${cell(s.file)}:${s.line}) | ${money(s.monthlySavings)} | ${cell(s.message)} |`,
      );
    lines.push(...more(savings.length, 4), '');
    const withPatch = savings.filter((s) => s.patch).slice(0, 10);
    if (withPatch.length > 0) {
      lines.push('<details><summary>Patches</summary>', '');
      for (const s of withPatch) lines.push(`\`${s.patch!.file}:${s.patch!.line}\` (${s.ruleId})`, '', '```diff', s.patch!.diff, '```', '');
      lines.push('</details>', '');
    }
  }
  if (e.usageMissing.length > 0) {
    lines.push(`<details><summary>${e.usageMissing.length} usage-based charges need a usage file (--usage)</summary>`, '');
    for (const u of e.usageMissing.slice(0, 50)) lines.push(`- ${cell(u)}`);
    lines.push('', '</details>', '');
  }
  const assumptions = e.assumptions ?? [];
  if (assumptions.length > 0) {
    const n = assumptions.length;
    lines.push(
      `<details><summary>${n} ${n === 1 ? 'charge rests' : 'charges rest'} on a stated default (declare it, or set it in --usage)</summary>`,
      '',
    );
    for (const a of assumptions.slice(0, 50)) lines.push(`- ${cell(a)}`);
    lines.push('', '</details>', '');
  }
  if (e.unpriced.length > 0) lines.push(`Not priced (no price in the table): ${e.unpriced.map((a) => `\`${a}\``).join(', ')}`, '');
  if (e.free.length > 0) lines.push(`${e.free.length} resources are free of charge.`, '');
  return lines.join('\n');
}

/** Hidden marker (contracts §5) so the sticky comment is found again and updated in place. */
export const COST_DIFF_MARKER = '<!-- inframate:cost-diff:pr -->';

/** The sticky PR comment: base vs head monthly cost, per resource. */
export function renderCostDiffMarkdown(d: CostDiff): string {
  const lines = [COST_DIFF_MARKER, '## Inframate cost difference', ''];
  const pct = d.percentChange === null ? '' : ` (${d.percentChange > 0 ? '+' : ''}${d.percentChange}%)`;
  lines.push(`Monthly cost: ${money(d.baseMonthlyCost)} → ${money(d.headMonthlyCost)}, **${signed(d.monthlyDelta)}**${pct}`);
  lines.push('');
  if (d.resources.length === 0) lines.push('No priced resource changed.');
  else {
    lines.push('| change | resource | before | after | monthly delta |', '|---|---|---:|---:|---:|');
    for (const r of d.resources.slice(0, MAX_ROWS)) {
      // Both sides unknown (usage-based without usage): there is no delta to state.
      const delta = r.baseMonthlyCost === null && r.headMonthlyCost === null ? '—' : signed(r.monthlyDelta);
      lines.push(`| ${r.change} | ${markdownCode(r.address)} | ${money(r.baseMonthlyCost)} | ${money(r.headMonthlyCost)} | ${delta} |`);
    }
    lines.push(...more(d.resources.length, 5));
  }
  lines.push('');
  if (d.newUnpriced.length > 0) lines.push(`New resources without a price: ${d.newUnpriced.map((a) => `\`${a}\``).join(', ')}`, '');
  lines.push(`<sub>${d.region}, on-demand list prices of ${d.priceDate}; usage-based charges need a usage file.</sub>`, '');
  return lines.join('\n');
}
