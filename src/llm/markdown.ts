// Markdown for reports and job summaries: what the AI layer did (adjustments, their fate) and
// what it cost (calls, cache hits, tokens, money, latency).
import type { AdjustmentRecord } from '../recommend/refine';
import type { LlmMetrics } from './types';
import { markdownCode, tableCell } from '../core/markdown';

const cell = (s: unknown) => tableCell(s);

function changesText(a: AdjustmentRecord): string {
  const kv = Object.entries(a.changes).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return kv.length ? kv.join(', ') : '—';
}

export function renderAdjustmentsMarkdown(adjustments: AdjustmentRecord[] | undefined, summary: string | null | undefined): string[] {
  if (!adjustments?.length && !summary) return [];
  const out = ['## AI review', ''];
  if (summary) out.push(`> ${cell(summary)}`, '');
  if (adjustments?.length) {
    out.push('| Adjustment | Target | Changes | Outcome | Reason |', '|---|---|---|---|---|');
    for (const a of adjustments) {
      const outcome = a.status === 'applied' ? 'applied' : `rejected: ${a.rejection ?? ''}`;
      out.push(`| ${a.action} | ${markdownCode(a.target)} | ${cell(changesText(a))} | ${cell(outcome)} | ${cell(a.reason)} |`);
    }
    out.push('');
  }
  return out;
}

export function renderLlmMarkdown(m: LlmMetrics): string[] {
  if (m.provider === 'none') return ['## AI', '', m.notes[0] ?? 'No LLM provider configured: deterministic rules only.', ''];
  const out = ['## AI usage', ''];
  out.push(
    '| Provider | Model | Calls | Cache hits | Tokens in | Tokens out | Cost (USD) | Latency |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  );
  const cost = m.unpricedModel ? 'unpriced' : `$${m.costUsd.toFixed(4)}`;
  out.push(
    `| ${m.provider} | ${cell(m.model)} | ${m.calls} | ${m.cacheHits} | ${m.inputTokens} | ${m.outputTokens} | ${cost} | ${(m.latencyMs / 1000).toFixed(1)} s |`,
  );
  out.push('');
  const extra: string[] = [];
  if (m.repairs) extra.push(`${m.repairs} repair request(s)`);
  if (m.failures) extra.push(`${m.failures} failed request(s): the rules result stood`);
  if (m.redactions) extra.push(`${m.redactions} secret(s) redacted before sending`);
  if (extra.length) out.push(extra.join('; ') + '.', '');
  for (const n of m.notes) out.push(`- ${cell(n)}`);
  if (m.notes.length) out.push('');
  return out;
}
