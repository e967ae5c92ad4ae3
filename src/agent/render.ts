// Markdown of an investigation: the answer first, then the recovery plan, the evidence chain, a
// timeline of every action (with denied and failed ones), and the run's figures.
import { tableCell } from '../core/markdown';
import type { InvestigationResult } from './types';

const cell = (v: unknown, max = 160) => tableCell(v, { max });

export function renderRootCause(r: InvestigationResult): string {
  const rc = r.rootCause;
  const lines = [
    `**Root cause** (${Math.round(rc.confidence * 100)}% confidence, ${rc.source === 'ai' ? 'model' : 'rules'}${rc.rule ? `, rule \`${rc.rule}\`` : ''}): ${rc.summary}`,
  ];
  if (rc.evidence.length) lines.push(`Evidence: ${rc.evidence.join(', ')}`);
  return lines.join('\n\n');
}

export function renderRecoveryPlan(r: InvestigationResult): string {
  const steps = r.recoveryPlan.steps;
  if (!steps.length) return '';
  const out = ['### Recovery plan (requires approval)', '', '| # | Action | Command | Risk | Rollback |', '|---|---|---|---|---|'];
  for (const s of steps)
    out.push(
      `| ${s.order} | ${cell(s.action, 300)} | ${s.command ? `\`${cell(s.command, 200)}\`` : '—'} | ${s.risk} | ${cell(s.rollback ?? '—', 200)} |`,
    );
  out.push('', 'Nothing was changed: each step is for a person to approve and run (infrastructure changes go through a pull request).');
  return out.join('\n');
}

export function renderInvestigation(r: InvestigationResult): string {
  const inv = r.investigation;
  const f = inv.figures;
  const out: string[] = [];
  if (r.recommendations.length) out.push('### Recommendations', '', ...r.recommendations.map((x, i) => `${i + 1}. ${x}`), '');
  out.push('### Evidence', '');
  if (inv.discoveries.length) {
    out.push('| Id | Fact | From |', '|---|---|---|');
    for (const d of inv.discoveries) out.push(`| ${d.id} | ${cell(d.fact, 300)} | ${d.evidence.join(', ')} |`);
  } else out.push('No facts were discovered.');
  out.push('', '### Timeline', '', '| Action | Iteration | Call | Status | Result |', '|---|---|---|---|---|');
  for (const a of inv.actions) {
    out.push(
      `| ${a.id} | ${a.iteration} | \`${a.service}.${a.operation}\` ${cell(JSON.stringify(a.params), 100)} | ${a.status}${a.cached ? ' (cached)' : ''} | ${cell(a.reason ?? a.summary, 200)} |`,
    );
  }
  out.push(
    '',
    `Source: ${inv.source === 'ai' ? 'model' : 'rule-based plan'} · stop reason: **${inv.stopReason}** · ${f.iterations} iteration(s) · ${f.awsCalls} AWS call(s), ${f.cacheHits} from the run cache, ${f.denied} denied, ${f.failed} failed · ${f.inputTokens + f.outputTokens} tokens · $${f.costUsd.toFixed(4)} · ${(f.wallMs / 1000).toFixed(1)} s`,
  );
  if (inv.targets.length) out.push('', `Resources: ${inv.targets.map((t) => `\`${t}\``).join(', ')}`);
  for (const n of inv.notes) out.push('', `> ${n}`);
  if (inv.traceFile) out.push('', `Trace: \`${inv.traceFile}\``);
  if (inv.trace.length) {
    out.push(
      '',
      '<details><summary>Trace</summary>',
      '',
      '| Iteration | Step | Input | Output | Tokens | ms | Cost |',
      '|---|---|---|---|---|---|---|',
    );
    for (const t of inv.trace)
      out.push(
        `| ${t.iteration} | ${t.kind} | ${cell(t.input, 120)} | ${cell(t.outputSummary, 160)} | ${t.inputTokens + t.outputTokens} | ${t.latencyMs} | ${t.costUsd} |`,
      );
    out.push('', '</details>');
  }
  return out.join('\n');
}
