// The incident pipeline shared by `incident` and `serve --investigate`: payloads → incidents →
// investigation per firing incident (depth by severity) → similar past incidents → the report,
// written locally → one issue per incident upserted (closed when resolved).
import { emptyRunFigures } from '../agent/types';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../core/log';
import { runInvestigation } from '../agent/run';
import type { AwsCaller, InvestigationResult } from '../agent/types';
import { createGitHubClient, type GitHubClient } from '../github/client';
import type { Llm, LlmMetrics } from '../llm/types';
import type { Settings } from '../settings';
import { InputError } from '../supervisor/errors';
import type { RunStep } from '../supervisor/step';
import { deliverIncidentIssue, type IssueDelivery } from './deliver';
import { groupAlerts, type IncidentGroup } from './group';
import { limitsForSeverity, targetsFromLabels } from './mapping';
import type { AlertmanagerWebhook } from './payload';
import { renderIncidentMarkdown } from './render';
import { findSimilarIncidents, metaLine, type IncidentMeta, type SimilarIncident } from './similar';

export interface IncidentOutcome extends InvestigationResult {
  incidentId: string;
  groupKey: string;
  status: 'firing' | 'resolved';
  title: string;
  group: IncidentGroup;
  similarIncidents: SimilarIncident[];
  issue?: IssueDelivery;
  llm?: LlmMetrics;
}

export interface ProcessDeps {
  settings: Settings;
  step: RunStep;
  log: Logger;
  aws?: AwsCaller;
  llm?: Llm | null;
  octokit?: GitHubClient | null;
  /** Investigate at most this many firing incidents per call (the rest are reported without one). */
  maxInvestigations?: number;
}

export function githubTarget(settings: Settings): { owner: string; repo: string } | null {
  const r = settings.github.repo;
  if (!r) return null;
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(r);
  if (!m) throw new InputError(`--repo expects OWNER/NAME (got "${r}")`);
  return { owner: m[1], repo: m[2] };
}

export function octokitFor(settings: Settings, step: RunStep, log: Logger): GitHubClient | null {
  if (!settings.github.token || !settings.github.repo) return null;
  log.addSecret(settings.github.token);
  return createGitHubClient({ token: settings.github.token, baseUrl: settings.github.apiUrl, step, log });
}

function questionFor(g: IncidentGroup): string {
  const firing = g.alerts.filter((a) => a.status === 'firing');
  const names = [...new Set(firing.map((a) => a.alertname))].join(', ') || g.commonLabels.alertname || 'alert';
  const text =
    g.commonAnnotations.summary ??
    g.commonAnnotations.description ??
    firing[0]?.annotations.summary ??
    firing[0]?.annotations.description ??
    '';
  return `Why is the alert ${names} firing${text ? `: ${text}` : ''}?`;
}

function contextFor(g: IncidentGroup): string {
  const lines = g.alerts.slice(0, 20).map(
    (a) =>
      `${a.alertname} [${a.status}] since ${a.startsAt}: ${Object.entries(a.labels)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
  );
  if (g.truncatedAlerts) lines.push(`(${g.truncatedAlerts} more alerts were truncated by Alertmanager)`);
  return lines.join('\n');
}

export function titleFor(g: IncidentGroup): string {
  const names = [...new Set(g.alerts.map((a) => a.alertname))];
  const where = g.commonLabels.service ?? g.commonLabels.job ?? g.commonLabels.namespace ?? '';
  return `Incident: ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` +${names.length - 3}` : ''}${where ? ` (${where})` : ''}${g.status === 'resolved' ? ' — resolved' : ''}`.slice(
    0,
    240,
  );
}

function resolvedResult(g: IncidentGroup): InvestigationResult {
  return {
    investigation: {
      source: 'rules',
      actions: [],
      discoveries: [],
      iterations: 0,
      stopReason: 'no-new-information',
      targets: [],
      figures: emptyRunFigures(),
      notes: ['Every alert of this incident is resolved: nothing was investigated.'],
      trace: [],
    },
    rootCause: { summary: `All ${g.alerts.length} alert(s) resolved.`, confidence: 0, evidence: [], rule: null, source: 'rules' },
    recoveryPlan: { requiresApproval: true, steps: [] },
    recommendations: [],
  };
}

export async function processPayloads(payloads: readonly AlertmanagerWebhook[], deps: ProcessDeps): Promise<IncidentOutcome[]> {
  const { settings, step, log } = deps;
  const repo = githubTarget(settings);
  const octokit = deps.octokit === undefined ? octokitFor(settings, step, log) : deps.octokit;
  const groups = groupAlerts(payloads);
  const outcomes: IncidentOutcome[] = [];
  let investigated = 0;
  for (const g of groups) {
    let result: InvestigationResult & { llm?: LlmMetrics };
    if (g.status === 'firing' && investigated < (deps.maxInvestigations ?? 5)) {
      investigated++;
      const labels = { ...g.commonLabels, ...Object.assign({}, ...g.alerts.map((a) => a.labels)) };
      const targets = [...targetsFromLabels(g.commonLabels), ...g.alerts.flatMap((a) => targetsFromLabels(a.labels))];
      result = await runInvestigation({
        settings,
        step,
        log,
        question: questionFor(g),
        context: contextFor(g),
        targets,
        limits: {
          ...limitsForSeverity(labels.severity),
          ...(settings.agent.maxIterations ? { maxIterations: settings.agent.maxIterations } : {}),
        },
        aws: deps.aws,
        llm: deps.llm,
      });
    } else result = resolvedResult(g);
    const meta: IncidentMeta = {
      incidentId: g.incidentId,
      fingerprints: g.alerts.map((a) => a.fingerprint),
      alertnames: [...new Set(g.alerts.map((a) => a.alertname))],
      targets: result.investigation.targets,
      rule: result.rootCause.rule,
      firstStep: result.recoveryPlan.steps[0]?.action ?? null,
    };
    let similar: SimilarIncident[] = [];
    if (octokit && repo && g.status === 'firing') {
      similar = await step('incident.similar', () => findSimilarIncidents(octokit, repo, meta), {
        dependency: 'github',
        fallback: () => [],
        strategy: 'no-similar-incidents',
      });
    }
    const outcome: IncidentOutcome = {
      ...result,
      incidentId: g.incidentId,
      groupKey: g.groupKey,
      status: g.status,
      title: titleFor(g),
      group: g,
      similarIncidents: similar,
    };
    // Local first: the incident report exists on disk before any issue is written.
    const body = `${metaLine(meta)}\n${renderIncidentMarkdown(outcome)}`;
    await step(
      'incident.write-local',
      async () => {
        await mkdir(settings.agent.runsDir, { recursive: true });
        await writeFile(join(settings.agent.runsDir, `${g.incidentId}.md`), body);
      },
      { dependency: 'fs', fallback: () => undefined, strategy: 'skip-local-copy' },
    );
    if (octokit && repo) {
      outcome.issue = await step(
        'incident.issue',
        () => deliverIncidentIssue(octokit, repo, { incidentId: g.incidentId, status: g.status, title: outcome.title, body }),
        {
          dependency: 'github',
          fallback: () => ({ number: null, url: null, action: 'none' as const }),
          strategy: 'report-only',
        },
      );
    }
    outcomes.push(outcome);
  }
  return outcomes;
}
