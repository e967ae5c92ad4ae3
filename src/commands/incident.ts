// incident: Alertmanager alerts → grouped incidents → investigation → root cause, recovery plan,
// similar past incidents → one issue per incident (contracts §3.8).
import type { Investigation, RecoveryPlan, RootCause } from '../agent/types';
import { processPayloads, type IncidentOutcome } from '../incident/process';
import { readPayloads } from '../incident/intake';
import { renderIncidentMarkdown } from '../incident/render';
import type { SimilarIncident } from '../incident/similar';
import type { IssueDelivery } from '../incident/deliver';
import type { BaseReport, CommandContext, CommandModule } from './types';

export interface IncidentReport extends BaseReport {
  command: 'incident';
  groups: {
    groupKey: string;
    incidentId: string;
    status: 'firing' | 'resolved';
    truncatedAlerts: number;
    alerts: { fingerprint: string; alertname: string; status: string; labels: Record<string, string>; startsAt: string }[];
  }[];
  investigation: Investigation;
  rootCause: RootCause;
  recoveryPlan: RecoveryPlan;
  similarIncidents: SimilarIncident[];
  /** Every incident of the payload(s), with its own investigation and issue. */
  incidents: {
    incidentId: string;
    status: 'firing' | 'resolved';
    title: string;
    rootCause: RootCause;
    recoveryPlan: RecoveryPlan;
    similarIncidents: SimilarIncident[];
    investigation: Investigation;
    issue: IssueDelivery | null;
  }[];
}

export function incidentReport(outcomes: IncidentOutcome[]): Omit<IncidentReport, 'errors'> {
  const main = outcomes.find((o) => o.status === 'firing') ?? outcomes[0];
  return {
    schemaVersion: 1,
    command: 'incident',
    groups: outcomes.map((o) => ({
      groupKey: o.groupKey,
      incidentId: o.incidentId,
      status: o.status,
      truncatedAlerts: o.group.truncatedAlerts,
      alerts: o.group.alerts.map((a) => ({
        fingerprint: a.fingerprint,
        alertname: a.alertname,
        status: a.status,
        labels: a.labels,
        startsAt: a.startsAt,
      })),
    })),
    investigation: main.investigation,
    rootCause: main.rootCause,
    recoveryPlan: main.recoveryPlan,
    similarIncidents: main.similarIncidents,
    incidents: outcomes.map((o) => ({
      incidentId: o.incidentId,
      status: o.status,
      title: o.title,
      rootCause: o.rootCause,
      recoveryPlan: o.recoveryPlan,
      similarIncidents: o.similarIncidents,
      investigation: o.investigation,
      issue: o.issue ?? null,
    })),
  };
}

async function run(ctx: CommandContext): Promise<IncidentReport> {
  const payloads = await readPayloads(ctx.settings);
  const outcomes = await processPayloads(payloads, { settings: ctx.settings, step: ctx.step, log: ctx.log });
  for (const o of outcomes)
    if (o.issue) ctx.log.info(`incident ${o.incidentId}: issue ${o.issue.action}${o.issue.url ? ` ${o.issue.url}` : ''}`);
  const report = { ...incidentReport(outcomes), errors: { errors: [], total: 0, recovered: 0, unrecovered: 0 } } as IncidentReport;
  outcomesByReport.set(report, outcomes);
  return report;
}

const outcomesByReport = new WeakMap<IncidentReport, IncidentOutcome[]>();

function renderMarkdown(r: IncidentReport): string {
  const outcomes = outcomesByReport.get(r);
  const parts = ['# inframate incident', ''];
  if (outcomes) {
    for (const o of outcomes) {
      parts.push(renderIncidentMarkdown(o));
      if (o.issue?.url) parts.push(`Issue: ${o.issue.url} (${o.issue.action})`, '');
    }
  } else {
    for (const i of r.incidents) parts.push(`## ${i.title}`, '', `**Root cause**: ${i.rootCause.summary}`, '');
  }
  return parts.join('\n');
}

const incident: CommandModule<IncidentReport> = {
  name: 'incident',
  usage: 'incident [--payload FILE] (or the payload on stdin)',
  summary: 'group alerts, investigate, propose recovery',
  available: true,
  formats: ['markdown', 'json'],
  run,
  renderMarkdown,
};

export default incident;
