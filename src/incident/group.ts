// Alerts become incidents: one per Alertmanager group (its groupKey), alerts de-duplicated by
// fingerprint (the newest state of each alert wins), and an incident is resolved only when every
// alert in it is.
import { createHash } from 'node:crypto';
import type { Alert, AlertmanagerWebhook } from './payload';

export interface IncidentAlert {
  fingerprint: string;
  alertname: string;
  status: 'firing' | 'resolved';
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string;
  endsAt?: string;
  generatorURL?: string;
}

export interface IncidentGroup {
  /** Stable id of the incident: a hash of the group key (what the issue marker carries). */
  incidentId: string;
  groupKey: string;
  status: 'firing' | 'resolved';
  receiver: string;
  groupLabels: Record<string, string>;
  commonLabels: Record<string, string>;
  commonAnnotations: Record<string, string>;
  alerts: IncidentAlert[];
  /** Alerts Alertmanager left out of the payload (max_alerts). */
  truncatedAlerts: number;
  externalURL: string;
}

const sha = (s: string, n = 16) => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Alertmanager's own fingerprint when sent; otherwise a hash of the sorted label set (the same idea). */
export function alertFingerprint(a: Pick<Alert, 'labels' | 'fingerprint'>): string {
  if (a.fingerprint && /^[A-Za-z0-9]+$/.test(a.fingerprint)) return a.fingerprint.toLowerCase();
  const keys = Object.keys(a.labels).sort();
  return sha(keys.map((k) => `${k}\u0000${a.labels[k]}`).join('\u0001'));
}

export function incidentIdOf(groupKey: string): string {
  return `inc-${sha(groupKey, 12)}`;
}

/** Merge payloads (re-deliveries, updates) into incidents keyed by group key. */
export function groupAlerts(payloads: readonly AlertmanagerWebhook[]): IncidentGroup[] {
  const groups = new Map<string, IncidentGroup>();
  for (const p of payloads) {
    let g = groups.get(p.groupKey);
    if (!g) {
      g = {
        incidentId: incidentIdOf(p.groupKey),
        groupKey: p.groupKey,
        status: p.status,
        receiver: p.receiver,
        groupLabels: p.groupLabels,
        commonLabels: p.commonLabels,
        commonAnnotations: p.commonAnnotations,
        alerts: [],
        truncatedAlerts: 0,
        externalURL: p.externalURL,
      };
      groups.set(p.groupKey, g);
    }
    g.truncatedAlerts = Math.max(g.truncatedAlerts, p.truncatedAlerts ?? 0);
    g.commonLabels = p.commonLabels;
    g.commonAnnotations = p.commonAnnotations;
    for (const a of p.alerts) {
      const fingerprint = alertFingerprint(a);
      const next: IncidentAlert = {
        fingerprint,
        alertname: a.labels.alertname ?? p.commonLabels.alertname ?? 'unnamed',
        status: a.status,
        labels: a.labels,
        annotations: a.annotations,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        generatorURL: a.generatorURL,
      };
      const i = g.alerts.findIndex((x) => x.fingerprint === fingerprint);
      if (i < 0) g.alerts.push(next);
      else if (isNewer(next, g.alerts[i])) g.alerts[i] = next;
    }
  }
  for (const g of groups.values()) {
    g.alerts.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.fingerprint.localeCompare(b.fingerprint));
    // Truncated payloads list only some alerts: the group's own status stands for the rest.
    const anyFiring = g.alerts.some((a) => a.status === 'firing');
    g.status =
      anyFiring || (g.truncatedAlerts > 0 && payloads.some((p) => p.groupKey === g.groupKey && p.status === 'firing'))
        ? 'firing'
        : 'resolved';
  }
  return [...groups.values()];
}

function isNewer(a: IncidentAlert, b: IncidentAlert): boolean {
  // A resolved state with an end time supersedes the firing state it ends; otherwise the later start wins.
  if (a.status !== b.status)
    return a.status === 'resolved'
      ? Boolean(a.endsAt) && Date.parse(a.endsAt!) >= Date.parse(b.startsAt)
      : Date.parse(a.startsAt) > Date.parse(b.endsAt ?? b.startsAt);
  return Date.parse(a.startsAt) >= Date.parse(b.startsAt);
}
