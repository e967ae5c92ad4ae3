// Markdown sections of the analyze report for the recommendation and the generated module.
import { CATALOG } from './catalog';
import type { TerraformReport } from './generate';
import type { Recommendation } from './index';
import { markdownCode, tableCell } from '../core/markdown';

const cell = (s: unknown) => tableCell(s);
const money = (n: number | null | undefined) => (typeof n === 'number' ? `$${n.toFixed(2)}` : 'n/a');

export function renderRecommendationMarkdown(rec: Recommendation, tf: TerraformReport | undefined): string[] {
  const out: string[] = ['## Architecture', '', `Source: ${rec.source === 'ai' ? 'rules, refined by AI' : 'deterministic rules'}.`, ''];
  out.push('| Component | Service | Monthly | Rationale |', '|---|---|---:|---|');
  rec.components.forEach((c, i) => {
    out.push(
      `| ${cell(CATALOG[c.kind].label)} | ${cell(c.service ?? 'shared')} | ${money(rec.costs?.[i]?.monthlyCost)} | ${cell(c.rationale)} |`,
    );
  });
  out.push('');
  if (tf?.mermaid) out.push('```mermaid', tf.mermaid, '```', '');
  if (rec.notes.length) out.push('**Notes**', '', ...rec.notes.map((n) => `- ${n}`), '');
  out.push('## Costs', '');
  if (rec.estimatedMonthlyCost === null) out.push('Costs could not be estimated in this run.', '');
  else {
    out.push(
      `Estimated **${money(rec.estimatedMonthlyCost)}/month** (${tf?.cost.region ?? ''}, on-demand, prices of ${tf?.cost.priceDate ?? 'n/a'}).`,
    );
    if (tf?.cost.usageBased.length)
      out.push(`Usage-based charges not included: ${tf.cost.usageBased.length} item(s) (requests, data transfer…).`);
    out.push('');
  }
  if (!tf) return out;
  const v = tf.validation;
  out.push('## Validation', '');
  out.push(`- Parsed: ${v.parsed ? 'yes' : `no — ${v.parseErrors.map((e) => `${e.file}:${e.line ?? '?'} ${e.message}`).join('; ')}`}`);
  out.push(
    `- Provider schema (${v.schema}): ${v.schemaErrors.length === 0 ? `${v.resourcesChecked} resources and data sources match` : `${v.schemaErrors.length} error(s)`}`,
  );
  for (const e of v.schemaErrors.slice(0, 20)) out.push(`  - ${markdownCode(`${e.file}:${e.line}`)} ${cell(e.message)}`);
  out.push(`- References: ${v.unresolvedReferences.length === 0 ? 'all resolve' : `${v.unresolvedReferences.length} unresolved`}`);
  for (const u of v.unresolvedReferences.slice(0, 20)) out.push(`  - \`${u.file}:${u.line}\` ${u.address} → ${u.reference}`);
  out.push(
    `- Security (${v.rulesEvaluated} rules): ${v.findings.length === 0 ? 'no high or critical findings' : `${v.findings.length} high/critical finding(s)`}${v.advisories.length ? `, ${v.advisories.length} lower-severity advisory finding(s)` : ''}`,
  );
  for (const f of v.findings.slice(0, 20))
    out.push(`  - **${f.severity}** ${f.ruleId} ${markdownCode(f.resource)} (${cell(`${f.file}:${f.line}`)}): ${cell(f.message)}`);
  out.push('', '## Files', '');
  if (tf.written)
    out.push(
      `Written to \`${tf.dir}/\`${tf.overwritten.length ? ` (overwrote ${tf.overwritten.length} existing file(s) with --force)` : ''}${tf.removed?.length ? ` (removed ${tf.removed.length} file(s) of the previous layout: ${tf.removed.join(', ')})` : ''}:`,
    );
  else out.push(`**Not written** (${tf.notWrittenReason}). ${tf.dryRun ? 'Would write' : 'Would have written'} to \`${tf.dir}/\`:`);
  out.push('', ...tf.files.map((f) => `- \`${f}\``), '');
  return out;
}
