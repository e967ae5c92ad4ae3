// The eval report as Markdown: the ranking table, a Mermaid bar chart of pass rates (GitHub renders
// it in job summaries and comments), and the outcome of each scenario per model and run.
import { tableCell as escapeCell } from '../core/markdown';
import { modelLabel } from './run';
import type { EvalReport } from './report';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const usd = (x: number) => (x === 0 ? '0' : x < 0.01 ? x.toFixed(5) : x.toFixed(3));
const SYMBOL: Record<string, string> = { pass: '✅', fail: '❌', invalid: '⚠️', error: '💥', 'skipped-budget': '⏭️' };

/** A Mermaid xychart-beta bar chart of the pass rate (in %) per model, in rank order. */
export function renderEvalChart(r: EvalReport): string {
  const names = r.models.map((m) => `"${modelLabel(m).replace(/"/g, "'")}"`);
  return [
    '```mermaid',
    'xychart-beta',
    '  title "Pass rate by model (%)"',
    `  x-axis [${names.join(', ')}]`,
    '  y-axis "pass rate %" 0 --> 100',
    `  bar [${r.models.map((m) => Math.round(m.passRate * 1000) / 10).join(', ')}]`,
    '```',
  ].join('\n');
}

export function renderEvalMarkdown(r: EvalReport): string {
  const out: string[] = [];
  out.push(`## Inframate eval: ${r.scenarios.length} scenario(s) × ${r.models.length} model(s) × ${r.runs} run(s)`, '');
  out.push('| Rank | Model | Pass rate | Invalid output | Input tokens | Output tokens | Cost (USD) | Latency p50 / p95 (ms) | Entries |');
  out.push('|---:|---|---:|---:|---:|---:|---:|---:|---|');
  for (const m of r.models) {
    const parts = [`${m.passed} pass`, `${m.failed} fail`, `${m.invalid} invalid`];
    if (m.errors) parts.push(`${m.errors} error`);
    if (m.skipped) parts.push(`${m.skipped} skipped (budget)`);
    out.push(
      `| ${m.rank} | ${escapeCell(modelLabel(m))} | ${pct(m.passRate)} | ${pct(m.invalidOutputRate)} | ${m.inputTokens} | ${m.outputTokens} | ${usd(m.costUsd)} | ${m.latencyMs.p50} / ${m.latencyMs.p95} | ${parts.join(', ')} |`,
    );
  }
  const judged = r.models.filter((m) => m.judgePassRate !== null);
  if (judged.length)
    out.push(
      '',
      `Judge model (an opinion on the free-text criteria, not a check; not in the pass rate): ${judged.map((m) => `${escapeCell(modelLabel(m))} ${pct(m.judgePassRate!)}`).join(', ')}.`,
    );
  out.push('', renderEvalChart(r), '');
  const notes = r.models.flatMap((m) => m.notes.map((n) => `- ${escapeCell(modelLabel(m))}: ${n}`));
  if (notes.length) out.push('Notes:', ...notes, '');
  out.push(
    '### Scenarios',
    '',
    `Outcome per run: ${Object.entries(SYMBOL)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}.`,
    '',
  );
  out.push(`| Scenario | Kind | ${r.models.map((m) => escapeCell(modelLabel(m))).join(' | ')} |`);
  out.push(`|---|---|${r.models.map(() => '---').join('|')}|`);
  for (const s of r.scenarios) {
    const cells = r.models.map((m) => {
      const res = s.results.find((x) => x.provider === m.provider && x.model === m.model);
      return res ? res.outcomes.map((o) => SYMBOL[o] ?? o).join(' ') : '';
    });
    out.push(`| ${escapeCell(s.id)} | ${s.kind} | ${cells.join(' | ')} |`);
  }
  const failing = r.scenarios.flatMap((s) =>
    s.results
      .filter((x) => x.failedChecks.length)
      .map((x) => `- ${escapeCell(s.id)} · ${escapeCell(modelLabel(x))}: ${x.failedChecks.map((c) => escapeCell(c)).join('; ')}`),
  );
  if (failing.length) out.push('', '<details><summary>Failed checks</summary>', '', ...failing, '', '</details>');
  return out.join('\n') + '\n';
}
