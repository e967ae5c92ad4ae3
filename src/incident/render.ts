// Markdown of one incident: status, alerts, root cause, recovery plan, similar incidents, evidence
// and the timeline of the investigation.
import { renderInvestigation, renderRecoveryPlan, renderRootCause } from '../agent/render';
import { tableCell } from '../core/markdown';
import type { IncidentOutcome } from './process';

export function renderIncidentMarkdown(o: IncidentOutcome): string {
  const g = o.group;
  const out = [
    `## ${o.status === 'firing' ? '🔥' : '✅'} ${tableCell(o.title)}`,
    '',
    `Status: **${o.status}** · incident \`${o.incidentId}\` · ${g.alerts.length} alert(s)${g.truncatedAlerts ? ` (+${g.truncatedAlerts} truncated by Alertmanager)` : ''}`,
    '',
  ];
  out.push('| Alert | Status | Since | Labels |', '|---|---|---|---|');
  for (const a of g.alerts.slice(0, 30)) {
    const labels = Object.entries(a.labels)
      .filter(([k]) => k !== 'alertname')
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    out.push(`| ${tableCell(a.alertname, { max: 80 })} | ${a.status} | ${a.startsAt} | ${tableCell(labels, { max: 200 })} |`);
  }
  if (g.alerts.length > 30) out.push('', `…and ${g.alerts.length - 30} more.`);
  out.push('', renderRootCause(o));
  const plan = renderRecoveryPlan(o);
  if (plan) out.push('', plan);
  if (o.similarIncidents.length) {
    out.push('', '### Similar past incidents', '', '| Issue | Score | State | What was proposed then |', '|---|---|---|---|');
    for (const s of o.similarIncidents)
      out.push(
        `| [${tableCell(s.title, { max: 100 })}](${s.url}) | ${s.score} | ${s.state} | ${tableCell(s.whatWasDone ?? '—', { max: 200 })} |`,
      );
  }
  if (o.status === 'firing') out.push('', renderInvestigation(o));
  return out.join('\n') + '\n';
}
